import { Badge, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useCalendar, useUnitPlans } from '../reports/api/forms';
import { vnDate, vnRange } from '../reports/common/dates';
import { Section } from './Section';

const today = () => new Date().toISOString().slice(0, 10);

/** Issued plans the unit works under, with their phases (from the calendar) and which is under way. */
export function PlansInForce({ unitId, from, to }: { unitId: number; from: string; to: string }) {
  const plans = useUnitPlans(unitId);
  const calendar = useCalendar(unitId, from, to);
  const now = today();
  const list = (plans.data ?? []).filter((p) => (!p.periodEnd || p.periodEnd >= from) && (!p.periodStart || p.periodStart <= to));
  return (
    <Section title="Kế hoạch đang thực hiện" testId="plans-in-force">
      {plans.isPending ? (
        <Text size="sm" c="dimmed">
          Đang tải…
        </Text>
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          Không có kế hoạch nào đã ban hành trong khoảng thời gian này.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Stack gap="md">
            {list.map((p) => {
              const phases = (calendar.data ?? [])
                .filter((e) => e.type === 'phase' && e.planId === p.id)
                .sort((a, b) => a.start.localeCompare(b.start));
              return (
                <Stack key={p.id} gap={4} data-plan={p.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="light" color="red" radius="sm" style={{ flex: 'none' }}>
                      {p.number ?? p.kind}
                    </Badge>
                    <Text size="sm" fw={600} lineClamp={2} title={p.title}>
                      {p.title}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {p.issuerName} · ban hành {vnDate(p.issuedOn)} · thực hiện {vnRange(p.periodStart, p.periodEnd)}
                  </Text>
                  {phases.length > 0 && (
                    <Group gap={6}>
                      {phases.map((ph) => {
                        const active = ph.start <= now && (!ph.end || now <= ph.end);
                        const past = !!ph.end && ph.end < now;
                        return (
                          <Badge
                            key={`${ph.title}-${ph.start}`}
                            size="sm"
                            radius="sm"
                            tt="none"
                            fw={500}
                            variant={active ? 'filled' : 'outline'}
                            color={active ? 'teal' : past ? 'gray' : 'blue'}
                            title={active ? 'Đang diễn ra' : past ? 'Đã kết thúc' : 'Sắp diễn ra'}
                          >
                            {ph.title}: {vnRange(ph.start, ph.end)}
                          </Badge>
                        );
                      })}
                    </Group>
                  )}
                </Stack>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Section>
  );
}
