// Population limits of the gazetteer snapshot (tools/gazetteer builds it; the runtime and tests read the limits).

/**
 * Cities below this population are left out of the index. Small towns named like common words or people
 * ("Will", "Lincoln", "Mobile") are the main source of false place readings, and dropping them keeps the index
 * build near 0.1 s. 15,000 keeps about 24,000 cities, every national and regional capital in the data.
 */
export const CITY_MIN_POPULATION = 15_000;

/**
 * A city named like a common word is kept only from this population up: big enough that news means the city
 * ("Nice", 340,000, is kept; "Summit", "Mobile", "Split" and "Bath" are not). Countries and regions are never
 * dropped this way ("Turkey", "China", "Georgia").
 */
export const COMMON_WORD_CITY_MIN_POPULATION = 300_000;
