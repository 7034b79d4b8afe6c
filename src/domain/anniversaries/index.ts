export { NATIONAL_EVENTS, type CommemoratedEvent } from './national.ts';
export { anniversariesBetween, toPlanAnniversary, type AnniversaryOccurrence } from './occurrences.ts';
export { anniversaryMark, anniversaryTitle, type AnniversaryMark } from './format.ts';
export { lunarToSolar, solarToLunar, lunarObservance, type LunarDay, type SolarDay } from './lunar.ts';
