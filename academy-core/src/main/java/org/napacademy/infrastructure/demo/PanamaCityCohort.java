package org.napacademy.infrastructure.demo;

import static org.napacademy.infrastructure.demo.Curriculum.GENDER_BUDGETING;
import static org.napacademy.infrastructure.demo.Curriculum.INSTITUTIONAL_COORDINATION;
import static org.napacademy.infrastructure.demo.Curriculum.LOCALIZATION;
import static org.napacademy.infrastructure.demo.Curriculum.MONITORING_AND_EVALUATION;
import static org.napacademy.infrastructure.demo.Curriculum.STRATEGIC_DESIGN;
import static org.napacademy.infrastructure.demo.Curriculum.THEORY_OF_CHANGE;
import static org.napacademy.infrastructure.demo.Plans.academia;
import static org.napacademy.infrastructure.demo.Plans.civilSociety;
import static org.napacademy.infrastructure.demo.Plans.days;
import static org.napacademy.infrastructure.demo.Plans.government;
import static org.napacademy.infrastructure.demo.Plans.man;
import static org.napacademy.infrastructure.demo.Plans.security;
import static org.napacademy.infrastructure.demo.Plans.woman;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * The second regional convening: Ministry of Foreign Affairs of Panama, Panama City, 24-26 June 2025, with
 * 24 leaders from Bolivia, Costa Rica, Ecuador and Panama, government and civil society. All people are fictional.
 */
final class PanamaCityCohort {
    private PanamaCityCohort() { }

    static CohortPlan plan() {
        return new CohortPlan("2025 Panama City",
                new Venue("Ministry of Foreign Affairs of Panama", "Panama City", "PA", "America/Panama"),
                days("2025-06-24", "2025-06-26"), "Plenary room", "Workshop room",
                List.of(bolivia(), costaRica(), ecuador(), panama()),
                List.of(costaRicaSecondHalfReport()),
                List.of(ecuadorBudgetTagging()));
    }

    private static DelegationPlan bolivia() {
        return new DelegationPlan("BO", "es", List.of(
                woman("Carmen", "Quispe", government("Viceministerio de Igualdad de Oportunidades"), "Jefa de unidad").focalPoint().listed()
                        .rated(THEORY_OF_CHANGE, 5, 2, 4, "La teoría del cambio nos ayudó a ordenar las prioridades del plan."),
                woman("Rosa", "Mamani", government("Ministerio de Relaciones Exteriores"), "Primera secretaria").listed(),
                woman("Ximena", "Choque", government("Ministerio de Defensa"), "Asesora de género")
                        .rated(STRATEGIC_DESIGN, 4, 2, 4, "Muy práctico; faltó tiempo para revisar los indicadores."),
                man("Jorge", "Flores", security("Policía Boliviana"), "Mayor")
                        .missed(GENDER_BUDGETING, AttendanceStatus.ABSENT),
                woman("Lidia", "Condori", civilSociety("Red departamental de mujeres lideresas"), "Coordinadora")
                        .rated(LOCALIZATION, 5, 1, 4, "Por fin se habló de los municipios y de las comunidades."),
                woman("Paola", "Vargas", government("Defensoría del Pueblo"), "Profesional en derechos de las mujeres")),
                PanamaCityRoadmaps.bolivia());
    }

    private static DelegationPlan costaRica() {
        return new DelegationPlan("CR", "es", List.of(
                woman("Marcela", "Solano", government("Instituto Nacional de las Mujeres (INAMU)"), "Coordinadora de área").focalPoint().listed()
                        .rated(MONITORING_AND_EVALUATION, 5, 3, 5, "Salimos con indicadores y metas que podemos medir."),
                woman("Daniela", "Mora", government("Ministerio de Relaciones Exteriores y Culto"), "Consejera").listed(),
                woman("Karla", "Jiménez", security("Ministerio de Seguridad Pública"), "Jefa de sección")
                        .rated(INSTITUTIONAL_COORDINATION, 4, 2, 4, "Útil para definir quién lidera cada acción."),
                man("Andrés", "Rojas", government("Ministerio de Hacienda"), "Analista de presupuesto")
                        .missed(LOCALIZATION, AttendanceStatus.EXCUSED)
                        .rated(GENDER_BUDGETING, 5, 2, 4, "El marcador de género es aplicable a nuestro clasificador presupuestario."),
                woman("Laura", "Chaves", civilSociety("Red de mujeres por la paz"), "Coordinadora"),
                woman("Silvia", "Araya", academia("Programa universitario de estudios de género"), "Investigadora")),
                PanamaCityRoadmaps.costaRica());
    }

    private static DelegationPlan ecuador() {
        return new DelegationPlan("EC", "es", List.of(
                woman("Gabriela", "Paredes", government("Ministerio de la Mujer y Derechos Humanos"), "Directora técnica").focalPoint().listed()
                        .rated(GENDER_BUDGETING, 4, 1, 3, "Necesitamos acompañamiento para costear las acciones."),
                woman("Verónica", "Andrade", government("Ministerio de Relaciones Exteriores y Movilidad Humana"), "Segunda secretaria").listed(),
                woman("Diana", "Cevallos", government("Consejo Nacional para la Igualdad de Género"), "Especialista")
                        .rated(MONITORING_AND_EVALUATION, 3, 2, 3, "Buen contenido, pero la sesión fue muy densa para la tarde."),
                man("Santiago", "Mejía", security("Ministerio del Interior"), "Analista de seguridad")
                        .missed(THEORY_OF_CHANGE, AttendanceStatus.ABSENT),
                woman("María José", "Salazar", government("Ministerio de Economía y Finanzas"), "Analista de presupuesto"),
                woman("Patricia", "Quiñónez", civilSociety("Colectivo de mujeres de la frontera norte"), "Coordinadora")
                        .rated(LOCALIZATION, 5, 2, 5, "Las voces de la frontera norte quedaron en la hoja de ruta.")),
                PanamaCityRoadmaps.ecuador());
    }

    private static DelegationPlan panama() {
        return new DelegationPlan("PA", "es", List.of(
                woman("Itzel", "Batista", government("Ministerio de la Mujer"), "Directora de políticas").focalPoint().listed()
                        .rated(STRATEGIC_DESIGN, 5, 2, 5, "Como país anfitrión, nos llevamos un plan concreto."),
                woman("Anayansi", "Castillo", government("Ministerio de Relaciones Exteriores"), "Subdirectora").listed(),
                woman("Yaritza", "Rodríguez", security("Ministerio de Seguridad Pública"), "Asesora de género")
                        .rated(INSTITUTIONAL_COORDINATION, 4, 2, 4, "Quedó claro cómo coordinar con los organismos humanitarios."),
                man("Ricardo", "Pinzón", security("Servicio Nacional de Fronteras"), "Capitán"),
                woman("Dayra", "Ábrego", civilSociety("Coordinadora de mujeres de las comarcas"), "Coordinadora")
                        .rated(LOCALIZATION, 5, 1, 4, "Las comarcas deben estar en la consulta del plan."),
                woman("Katherine", "González", academia("Centro universitario de estudios de género"), "Investigadora")
                        .missed(MONITORING_AND_EVALUATION, AttendanceStatus.EXCUSED)),
                PanamaCityRoadmaps.panama());
    }

    private static ReportPlan costaRicaSecondHalfReport() {
        return new ReportPlan("CR", days("2025-07-01", "2025-12-31"),
                "Promotion exams reviewed for gender bias with the police academy; the share of women in command posts rose. "
                        + "Risk diagnoses started with women's groups in Limón and Puntarenas.",
                "The budget tag still awaits the Ministry of Finance's decision on the classifier.",
                "Start the mentoring programme for women officers; draft the local safety plans with the municipal councils.",
                "https://example.org/demo/costa-rica/progress-2025-h2.pdf",
                List.of(new ReportPlan.StatusChange(PanamaCityRoadmaps.COSTA_RICA_PROMOTION_EXAMS, ProgressStatus.DONE)),
                List.of(new ReportPlan.Actual(PanamaCityRoadmaps.COSTA_RICA_COMMAND_POSTS, "14", "2025-12-31",
                        "Human resources records at year end (demo figure)")),
                Instant.parse("2026-01-20T14:00:00Z"), null);
    }

    private static AssistancePlan ecuadorBudgetTagging() {
        return new AssistancePlan("EC", GENDER_BUDGETING, "delegate.ec",
                "How can we tag the roadmap's actions in the budget classifier so that the Ministry of Economy and Finance "
                        + "can report what is spent on the NAP?",
                Urgency.HIGH, Instant.parse("2025-09-08T15:00:00Z"),
                "Start from the gender equality marker used at the academy: mark each action 0, 1 or 2, then map the "
                        + "actions marked 1 or 2 to their budget programme codes. We shared a costing template and a "
                        + "worked example; a call with the budget office can follow.",
                Instant.parse("2025-09-10T13:30:00Z"),
                LocalDate.of(2025, 9, 17),
                "Video call with the ministry for women and the Ministry of Economy and Finance: walked through the costing "
                        + "template for the three priority actions and agreed to map them to programme codes by February.");
    }
}
