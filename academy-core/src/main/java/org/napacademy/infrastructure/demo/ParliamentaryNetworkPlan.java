package org.napacademy.infrastructure.demo;

import static org.napacademy.infrastructure.demo.DemoWords.tag;
import static org.napacademy.infrastructure.demo.DemoWords.words;
import static org.napacademy.infrastructure.demo.Plans.days;
import static org.napacademy.infrastructure.demo.Plans.months;
import static org.napacademy.domain.model.roadmap.ProgressStatus.DONE;
import static org.napacademy.domain.model.roadmap.ProgressStatus.NOT_STARTED;
import static org.napacademy.domain.model.roadmap.ProgressStatus.ON_TRACK;
import static org.napacademy.domain.model.country.Subregion.CARIBBEAN;
import static org.napacademy.domain.model.country.Subregion.CENTRAL_AMERICA;
import static org.napacademy.domain.model.country.Subregion.NORTH_AMERICA;
import static org.napacademy.domain.model.country.Subregion.SOUTH_AMERICA;
import static org.napacademy.domain.model.governance.CommitteeRole.PRESIDENT;
import static org.napacademy.domain.model.governance.CommitteeRole.VICE_PRESIDENT;
import static org.napacademy.domain.model.roadmap.ProgressStatus.AT_RISK;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.infrastructure.demo.GatheringPlan.Action;
import org.napacademy.infrastructure.demo.GatheringPlan.Priority;
import org.napacademy.infrastructure.demo.GatheringPlan.Seat;

/**
 * A parliamentary network on security in the Americas: its first gathering in Panama City, 27-28 November 2025, with
 * parliamentarians from legislatures across the Americas, adopted an outcome document with an initial roadmap grounded
 * in human security, and elected an executive committee (president Canada; vice-presidents Mexico for North America,
 * Panama and El Salvador for Central America, Saint Kitts and Nevis and Barbados for the Caribbean, Chile and Paraguay
 * for South America). The eight themes and the committee come from public reports; the wording of the actions, their
 * assignments, milestones and statuses, and the committee's term are demo content.
 */
final class ParliamentaryNetworkPlan {
    static final String PROGRAMME_NAME = "Parliamentary network on security in the Americas";
    static final String GATHERING_NAME = "2025 Panama City gathering";
    static final String SPONSOR_USER = "sponsor.network";
    static final LocalDate ADOPTED_ON = LocalDate.of(2025, 11, 28);

    /** The actions run through 2026 and the first half of 2027, until the network's next gatherings. */
    private static final DateRange ACTIONS = months("2026-01", "2027-06");

    private ParliamentaryNetworkPlan() { }

    static GatheringPlan plan() {
        var priorities = days("2025-11-28", "2027-11-30");
        return new GatheringPlan(PROGRAMME_NAME,
                "Parliamentarians from legislatures across the Americas meet in gatherings, adopt an outcome document with a "
                        + "roadmap grounded in human security, elect an executive committee and follow the roadmap between gatherings.",
                EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY),
                List.of(tag("CLIMATE_RESILIENCE", "Climate resilience", "Resiliencia climática", "Resiliência climática", "Résilience climatique"),
                        tag("FOOD_SECURITY", "Food security", "Seguridad alimentaria", "Segurança alimentar", "Sécurité alimentaire"),
                        tag("HUMAN_MOBILITY", "Human mobility", "Movilidad humana", "Mobilidade humana", "Mobilité humaine"),
                        tag("PUBLIC_HEALTH", "Public health", "Salud pública", "Saúde pública", "Santé publique"),
                        tag("SOCIAL_PROTECTION", "Social protection", "Protección social", "Proteção social", "Protection sociale"),
                        tag("ECONOMIC_SECURITY", "Economic security", "Seguridad económica", "Segurança econômica", "Sécurité économique"),
                        tag("VIOLENCE_AGAINST_WOMEN_CHILDREN_YOUTH", "Violence against women, children and youth",
                                "Violencia contra las mujeres, la niñez y la juventud", "Violência contra mulheres, crianças e jovens",
                                "Violence contre les femmes, les enfants et les jeunes"),
                        tag("TRANSNATIONAL_ORGANISED_CRIME", "Transnational organised crime", "Crimen organizado transnacional",
                                "Crime organizado transnacional", "Criminalité organisée transnationale")),
                DemoWords.vocabulary(
                        Term.COHORT, words("Gathering", "Encuentro", "Encontro", "Rencontre"),
                        Term.COHORTS, words("Gatherings", "Encuentros", "Encontros", "Rencontres"),
                        Term.DELEGATION, words("Member legislature", "Parlamento miembro", "Parlamento membro", "Parlement membre"),
                        Term.DELEGATIONS, words("Member legislatures", "Parlamentos miembros", "Parlamentos membros", "Parlements membres"),
                        Term.ROADMAP, words("Outcome document", "Documento final", "Documento final", "Document final"),
                        Term.ROADMAPS, words("Outcome documents", "Documentos finales", "Documentos finais", "Documents finaux"),
                        Term.TAG, words("Theme", "Tema", "Tema", "Thème"),
                        Term.TAGS, words("Themes", "Temas", "Temas", "Thèmes"),
                        Term.GOAL, words("Priority", "Prioridad", "Prioridade", "Priorité"),
                        Term.OUTPUT, words("Action", "Acción", "Ação", "Action"),
                        Term.ACTIVITY, words("Milestone", "Hito", "Marco", "Jalon")),
                "Network partners (demo)", null, SPONSOR_USER, "Network partner observer",
                GATHERING_NAME,
                new Venue("First gathering of the network", "Panama City", "PA", "America/Panama"),
                days("2025-11-27", "2025-11-28"),
                List.of("CA", "MX", "PA", "SV", "KN", "BB", "CL", "PY"),
                "Panama City outcome document: an initial roadmap grounded in human security",
                ADOPTED_ON,
                List.of(
                        new Priority("Legislation that makes communities resilient to climate shocks", "CLIMATE_RESILIENCE", priorities, List.of(
                                Action.assigned("Compare national laws on climate adaptation and disaster risk", "BB", ACTIONS,
                                        "Comparative note shared with the member legislatures", "2026-06-30", DONE))),
                        new Priority("Food security as a matter of national security", "FOOD_SECURITY", priorities, List.of(
                                Action.assigned("Hold a parliamentary hearing on food supply under climate and market shocks", "PY", ACTIONS,
                                        "Hearing held and its conclusions published", "2026-09-30", ON_TRACK))),
                        new Priority("Safe, orderly and regular human mobility", "HUMAN_MOBILITY", priorities, List.of(
                                Action.assigned("Map the laws that protect people on the move along shared routes", "MX", ACTIONS,
                                        "Map of legislation presented at the next gathering", "2026-11-30", ON_TRACK),
                                Action.assigned("Exchange practice on the reception of displaced children", "SV", ACTIONS,
                                        "Exchange session held", "2026-10-31", NOT_STARTED))),
                        new Priority("Public health preparedness across borders", "PUBLIC_HEALTH", priorities, List.of(
                                Action.assigned("Review budgets for health emergency preparedness", "CL", ACTIONS,
                                        "Budget review shared with health committees", "2026-08-31", AT_RISK))),
                        new Priority("Social protection that reaches those most at risk", "SOCIAL_PROTECTION", priorities, List.of(
                                Action.assigned("Identify gaps in social protection for informal workers", "SV", ACTIONS,
                                        "Gap analysis discussed in committee", "2026-12-31", NOT_STARTED))),
                        new Priority("Economic security of households and small businesses", "ECONOMIC_SECURITY", priorities, List.of(
                                Action.assigned("Share legislative responses to extortion of small businesses", "KN", ACTIONS,
                                        "Compendium of legislative responses", "2026-09-30", ON_TRACK))),
                        new Priority("Ending violence against women, children and youth", "VIOLENCE_AGAINST_WOMEN_CHILDREN_YOUTH", priorities, List.of(
                                Action.assigned("Track the implementation of laws on violence against women and girls", "PA", ACTIONS,
                                        "First tracking report to the network", "2026-07-31", DONE),
                                Action.ofPartner("Bring youth organisations into the network's hearings", "Youth organisations of the region", ACTIONS,
                                        "Youth panel at the next gathering", "2026-11-30", NOT_STARTED))),
                        new Priority("Legislatures acting together against transnational organised crime", "TRANSNATIONAL_ORGANISED_CRIME", priorities, List.of(
                                Action.assigned("Harmonise legislation on illicit financial flows and asset recovery", "CA", ACTIONS,
                                        "Model provisions circulated to member legislatures", "2027-03-31", ON_TRACK)))),
                // the length of the term is not in the public reports: two years, until a later gathering, is demo content
                days("2025-11-28", "2027-11-27"),
                List.of(new Seat(PRESIDENT, null, "CA"),
                        new Seat(VICE_PRESIDENT, NORTH_AMERICA, "MX"),
                        new Seat(VICE_PRESIDENT, CENTRAL_AMERICA, "PA"),
                        new Seat(VICE_PRESIDENT, CENTRAL_AMERICA, "SV"),
                        new Seat(VICE_PRESIDENT, CARIBBEAN, "KN"),
                        new Seat(VICE_PRESIDENT, CARIBBEAN, "BB"),
                        new Seat(VICE_PRESIDENT, SOUTH_AMERICA, "CL"),
                        new Seat(VICE_PRESIDENT, SOUTH_AMERICA, "PY")));
    }
}
