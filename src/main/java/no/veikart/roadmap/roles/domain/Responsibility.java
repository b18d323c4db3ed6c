package no.veikart.roadmap.roles.domain;

/**
 * A cell of the HUKI matrix: Norwegian Hovedansvarlig, Utførende, Konsulteres, Informeres, i.e. RACI's Accountable,
 * Responsible, Consulted, Informed. Stored by name; the letters each language shows live in i18n
 * ({@code roadmap.roles.letter.<NAME>}), never in code.
 *
 * <p>Letters per language, from what each language's guides use (looked up December 2026):
 * <ul>
 *   <li>nb: HUKI, the KS roadmap's own name (seed 003: Hovedansvarlig, Utførende, Konsulteres, Informeres).</li>
 *   <li>sv: HUKI is a Swedish habit too: huvudansvarig, utförande, konsulteras, informeras
 *       (weloveprojects.se, "En RACI-matris är relativ"; avdragslexikon.se, "HUKI – RACI på svenska").</li>
 *   <li>fi: RACI with Finnish names, as in a municipal guide (Sipoo, sipoo.fi/organisaatio/saasec-hanke/opas/raci:
 *       A vastuussa oleva, R vastuullinen, C konsultoitava, I tiedotettava); no Finnish letters were found.</li>
 *   <li>da: no Danish letters found (blivprojektleder.dk/raci-modellen and others use RACI): RACI with Danish names.</li>
 *   <li>en: RACI (A accountable = principal, R responsible = executes, C consulted, I informed).</li>
 * </ul>
 */
public enum Responsibility {
    PRINCIPAL, EXECUTES, CONSULTED, INFORMED;

    /** The order a click cycles through after "empty": H, U, K, I, then empty again (null). */
    public Responsibility next() {
        int i = ordinal() + 1;
        return i < values().length ? values()[i] : null;
    }
}
