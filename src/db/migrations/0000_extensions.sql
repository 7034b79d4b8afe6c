-- Trigram matching for diacritic-insensitive search over folded names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
