package org.napacademy.infrastructure.demo;

import static org.napacademy.domain.model.roadmap.ProgressStatus.AT_RISK;
import static org.napacademy.domain.model.roadmap.ProgressStatus.DONE;
import static org.napacademy.domain.model.roadmap.ProgressStatus.NOT_STARTED;
import static org.napacademy.domain.model.roadmap.ProgressStatus.ON_TRACK;
import static org.napacademy.infrastructure.demo.DemoWords.tag;
import static org.napacademy.infrastructure.demo.DemoWords.words;
import static org.napacademy.infrastructure.demo.Plans.days;
import static org.napacademy.infrastructure.demo.Plans.months;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.infrastructure.demo.GatheringPlan.Action;
import org.napacademy.infrastructure.demo.GatheringPlan.Priority;

/**
 * Ministerial cooperation between the European Union and the Latin American Committee on Internal Security (CLASI):
 * a joint declaration (2025) and a roadmap of priorities for operational cooperation 2025-2026 with CLASI's 16 member
 * countries. The members and the ten priority areas come from public reports; public sources give the year of the
 * declaration, not its day or place, so the demo spans 2025 and records the adoption on its last day. The actions,
 * assignments, milestones and statuses are demo content.
 */
final class ClasiPlan {
    static final String PROGRAMME_NAME = "EU–CLASI cooperation on internal security";
    static final String GATHERING_NAME = "2025 EU–CLASI joint declaration";
    static final String SPONSOR_USER = "sponsor.eu";
    static final List<String> MEMBERS = List.of("AR", "BR", "BO", "CL", "CR", "CO", "GT", "EC", "SV", "HN", "MX", "PA", "PE",
            "UY", "PY", "DO");

    private static final DateRange ROADMAP = days("2025-01-01", "2026-12-31");
    private static final DateRange ACTIONS = months("2026-01", "2026-12");

    private ClasiPlan() { }

    static GatheringPlan plan() {
        return new GatheringPlan(PROGRAMME_NAME,
                "Ministers of the interior and of security of the member countries of the Latin American Committee on Internal "
                        + "Security (CLASI) and the European Union adopted a joint declaration in 2025 and a roadmap of priorities "
                        + "for operational cooperation 2025-2026.",
                EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY),
                List.of(tag("DRUG_TRAFFICKING", "Drug trafficking", "Narcotráfico", "Tráfico de drogas", "Trafic de drogue"),
                        tag("ILLICIT_FINANCIAL_FLOWS", "Illicit financial flows", "Flujos financieros ilícitos", "Fluxos financeiros ilícitos",
                                "Flux financiers illicites"),
                        tag("TRAFFICKING_IN_HUMAN_BEINGS", "Trafficking in human beings", "Trata de personas", "Tráfico de seres humanos",
                                "Traite des êtres humains"),
                        tag("SMUGGLING_OF_MIGRANTS", "Smuggling of migrants", "Tráfico ilícito de migrantes", "Contrabando de migrantes",
                                "Trafic de migrants"),
                        tag("FIREARMS_TRAFFICKING", "Firearms trafficking", "Tráfico de armas de fuego", "Tráfico de armas de fogo",
                                "Trafic d'armes à feu"),
                        tag("CYBERCRIME", "Cybercrime", "Ciberdelincuencia", "Cibercrime", "Cybercriminalité"),
                        tag("ENVIRONMENTAL_CRIME", "Environmental crime", "Delitos ambientales", "Crimes ambientais", "Criminalité environnementale"),
                        tag("CORRUPTION", "Corruption", "Corrupción", "Corrupção", "Corruption"),
                        tag("CHILD_SEXUAL_ABUSE", "Child sexual abuse", "Abuso sexual infantil", "Abuso sexual infantil",
                                "Abus sexuels sur enfants"),
                        tag("PORT_AND_LOGISTICS_SECURITY", "Port and logistics security", "Seguridad portuaria y logística",
                                "Segurança portuária e logística", "Sûreté portuaire et logistique")),
                DemoWords.vocabulary(
                        Term.COHORT, words("Ministerial meeting", "Reunión ministerial", "Reunião ministerial", "Réunion ministérielle"),
                        Term.COHORTS, words("Ministerial meetings", "Reuniones ministeriales", "Reuniões ministeriais", "Réunions ministérielles"),
                        Term.DELEGATION, words("Ministry", "Ministerio", "Ministério", "Ministère"),
                        Term.DELEGATIONS, words("Ministries", "Ministerios", "Ministérios", "Ministères"),
                        Term.ROADMAP, words("Roadmap of priorities", "Hoja de ruta de prioridades", "Roteiro de prioridades",
                                "Feuille de route des priorités"),
                        Term.ROADMAPS, words("Roadmaps of priorities", "Hojas de ruta de prioridades", "Roteiros de prioridades",
                                "Feuilles de route des priorités"),
                        Term.TAG, words("Crime area", "Área delictiva", "Área criminal", "Domaine criminel"),
                        Term.TAGS, words("Crime areas", "Áreas delictivas", "Áreas criminais", "Domaines criminels"),
                        Term.GOAL, words("Priority", "Prioridad", "Prioridade", "Priorité"),
                        Term.OUTPUT, words("Action", "Acción", "Ação", "Action"),
                        Term.ACTIVITY, words("Milestone", "Hito", "Marco", "Jalon")),
                "European Union", "https://european-union.europa.eu", SPONSOR_USER, "EU cooperation observer",
                GATHERING_NAME,
                // the declaration's day and place are not in the public sources the demo draws on; EU is ISO 3166's reserved code
                new Venue("EU–CLASI ministerial dialogue", "Place not recorded in the demo", "EU", "UTC"),
                days("2025-01-01", "2025-12-31"),
                MEMBERS,
                "Roadmap of priorities for operational cooperation 2025-2026",
                LocalDate.of(2025, 12, 31),
                List.of(
                        priority("Dismantle drug trafficking networks along the cocaine routes", "DRUG_TRAFFICKING",
                                Action.assigned("Joint investigation teams on maritime cocaine shipments", "EC", ACTIONS,
                                        "First joint investigation team set up", "2026-06-30", DONE)),
                        priority("Follow the money of organised crime", "ILLICIT_FINANCIAL_FLOWS",
                                Action.assigned("Exchange financial intelligence between financial intelligence units", "PA", ACTIONS,
                                        "Exchange protocol agreed", "2026-09-30", ON_TRACK)),
                        priority("Protect victims of trafficking in human beings", "TRAFFICKING_IN_HUMAN_BEINGS",
                                Action.assigned("Common indicators to identify victims at borders", "CO", ACTIONS,
                                        "Indicators adopted by border police", "2026-10-31", ON_TRACK)),
                        priority("Disrupt the smuggling of migrants", "SMUGGLING_OF_MIGRANTS",
                                Action.assigned("Shared risk analysis of smuggling routes", "GT", ACTIONS,
                                        "First regional risk analysis", "2026-07-31", AT_RISK)),
                        priority("Stop firearms trafficking", "FIREARMS_TRAFFICKING",
                                Action.assigned("Tracing requests for seized firearms answered within agreed times", "BR", ACTIONS,
                                        "Tracing procedure in use", "2026-11-30", NOT_STARTED)),
                        priority("Fight cybercrime together", "CYBERCRIME",
                                Action.assigned("Points of contact for urgent requests on electronic evidence", "CL", ACTIONS,
                                        "Network of points of contact active", "2026-05-31", DONE)),
                        priority("Act against environmental crime", "ENVIRONMENTAL_CRIME",
                                Action.assigned("Joint operations against illegal mining and logging", "PE", ACTIONS,
                                        "First joint operation reported", "2026-12-31", NOT_STARTED)),
                        priority("Prevent and prosecute corruption linked to organised crime", "CORRUPTION",
                                Action.assigned("Integrity screening of units working on organised crime", "CR", ACTIONS,
                                        "Screening guidelines shared", "2026-08-31", ON_TRACK)),
                        priority("Protect children from sexual abuse and exploitation online", "CHILD_SEXUAL_ABUSE",
                                Action.assigned("Victim identification training for specialised units", "UY", ACTIONS,
                                        "Training delivered", "2026-10-31", ON_TRACK)),
                        priority("Secure ports and logistics chains", "PORT_AND_LOGISTICS_SECURITY",
                                Action.ofPartner("Container profiling in the main ports of the region", "Port and customs authorities", ACTIONS,
                                        "Profiling in use in the first ports", "2026-12-31", ON_TRACK))),
                ROADMAP, List.of());
    }

    private static Priority priority(String title, String tag, Action action) { return new Priority(title, tag, ROADMAP, List.of(action)); }
}
