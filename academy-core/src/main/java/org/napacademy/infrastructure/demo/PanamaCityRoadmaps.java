package org.napacademy.infrastructure.demo;

import static org.napacademy.domain.model.roadmap.GenderMarker.PRINCIPAL;
import static org.napacademy.domain.model.roadmap.GenderMarker.SIGNIFICANT;
import static org.napacademy.domain.model.roadmap.IndicatorUnit.NUMBER;
import static org.napacademy.domain.model.roadmap.IndicatorUnit.PERCENT;
import static org.napacademy.domain.model.roadmap.IndicatorUnit.YES_NO;
import static org.napacademy.infrastructure.demo.WpsPillars.PARTICIPATION;
import static org.napacademy.infrastructure.demo.WpsPillars.PREVENTION;
import static org.napacademy.infrastructure.demo.WpsPillars.PROTECTION;
import static org.napacademy.infrastructure.demo.WpsPillars.RELIEF_AND_RECOVERY;
import static org.napacademy.domain.model.roadmap.ProgressStatus.AT_RISK;
import static org.napacademy.domain.model.roadmap.ProgressStatus.DONE;
import static org.napacademy.domain.model.roadmap.ProgressStatus.NOT_STARTED;
import static org.napacademy.domain.model.roadmap.ProgressStatus.ON_TRACK;
import static org.napacademy.infrastructure.demo.Curriculum.GENDER_BUDGETING;
import static org.napacademy.infrastructure.demo.Curriculum.INSTITUTIONAL_COORDINATION;
import static org.napacademy.infrastructure.demo.Curriculum.LOCALIZATION;
import static org.napacademy.infrastructure.demo.Curriculum.MONITORING_AND_EVALUATION;
import static org.napacademy.infrastructure.demo.Curriculum.STRATEGIC_DESIGN;
import static org.napacademy.infrastructure.demo.Curriculum.THEORY_OF_CHANGE;
import static org.napacademy.infrastructure.demo.Plans.activity;
import static org.napacademy.infrastructure.demo.Plans.budget;
import static org.napacademy.infrastructure.demo.Plans.goal;
import static org.napacademy.infrastructure.demo.Plans.months;
import static org.napacademy.infrastructure.demo.Plans.outcome;
import static org.napacademy.infrastructure.demo.Plans.output;
import static org.napacademy.infrastructure.demo.Plans.rising;

import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** The roadmaps the delegations drafted in Panama City, each on its own country's priorities. */
final class PanamaCityRoadmaps {
    private PanamaCityRoadmaps() { }

    static final String COSTA_RICA_PROMOTION_EXAMS = "Review promotion exams for gender bias";
    static final String COSTA_RICA_COMMAND_POSTS = "Share of women in police command posts";

    /** Social conflict and political harassment: women as mediators, in an intercultural country. */
    static RoadmapPlan bolivia() {
        return new RoadmapPlan("Bolivia: roadmap toward a first Women, Peace and Security NAP", RoadmapStatus.DRAFT,
                goal("Women, in their diversity, take part in preventing and resolving social conflicts in Bolivia",
                        PARTICIPATION, months("2025-07", "2028-06"), "Vice-Ministry of Equal Opportunities", THEORY_OF_CHANGE,
                        outcome("Women mediate at national and departmental conflict dialogue tables", PARTICIPATION,
                                months("2025-07", "2027-12"), "Ministry of Government", STRATEGIC_DESIGN,
                                rising("Share of women among members of conflict dialogue tables", PERCENT, "15", "2025-06-30")
                                        .verifiedBy("Minutes of the dialogue tables")
                                        .period(months("2026-01", "2026-12"), "25"),
                                output("Mediation training for Indigenous and community women leaders", months("2025-09", "2026-12"),
                                        "Vice-Ministry of Equal Opportunities", LOCALIZATION,
                                        activity("Design an intercultural mediation curriculum in Spanish, Quechua and Aymara", months("2025-09", "2026-02"), ON_TRACK, null,
                                                budget("BOB", "120000", "Government of Bolivia", SIGNIFICANT)),
                                        activity("Train women leaders in La Paz, Cochabamba and Potosí", months("2026-03", "2026-12"), NOT_STARTED, null,
                                                budget("USD", "35000", "UN Women", PRINCIPAL)))),
                        outcome("Political harassment and violence against women in public office are prevented and sanctioned", PREVENTION,
                                months("2025-07", "2028-06"), "Plurinational Electoral Body", INSTITUTIONAL_COORDINATION,
                                rising("Complaints of political harassment resolved within the legal deadline", PERCENT, "20", "2025-06-30")
                                        .verifiedBy("Complaint registers of the electoral bodies")
                                        .period(months("2026-01", "2026-12"), "40").actual("26", "2026-06-30", "First semester"),
                                output("An inter-institutional protocol on political harassment", months("2025-08", "2026-06"),
                                        "Plurinational Electoral Body", INSTITUTIONAL_COORDINATION,
                                        activity("Map complaint routes between electoral bodies, prosecutors and municipalities", months("2025-08", "2025-11"), DONE, null),
                                        activity("Adopt a joint protocol and case register", months("2025-12", "2026-06"), AT_RISK, "Ombudsman's Office")),
                                output("Women councillors know their rights and the complaint routes", months("2026-01", "2027-06"),
                                        "Vice-Ministry of Equal Opportunities", LOCALIZATION,
                                        activity("Run workshops for women councillors in all nine departments", months("2026-01", "2026-12"), ON_TRACK, null,
                                                budget("BOB", "250000", "Our Secure Future", PRINCIPAL)),
                                        activity("Publish a plain-language guide in four languages", months("2026-06", "2027-06"), NOT_STARTED, null)))));
    }

    /** A country without an army facing organised crime: women in police leadership and local prevention. */
    static RoadmapPlan costaRica() {
        return new RoadmapPlan("Costa Rica: a WPS NAP for a country without an army facing organised crime", RoadmapStatus.ENDORSED,
                goal("Costa Rica's security and peace policies protect women and girls and count on women's leadership",
                        PREVENTION, months("2025-07", "2028-06"), "National Institute for Women (INAMU)", THEORY_OF_CHANGE,
                        outcome("Women take up leadership posts in public security", PARTICIPATION,
                                months("2025-07", "2027-12"), "Ministry of Public Security", STRATEGIC_DESIGN,
                                rising(COSTA_RICA_COMMAND_POSTS, PERCENT, "12", "2025-06-30")
                                        .verifiedBy("Human resources records of the Ministry of Public Security")
                                        .refersTo(ReferenceFramework.SDG, "5.5.2")
                                        .period(months("2025-07", "2026-06"), "16")
                                        .period(months("2026-07", "2027-06"), "20"),
                                output("A promotion and mentoring programme for women officers", months("2025-09", "2026-12"),
                                        "Ministry of Public Security", STRATEGIC_DESIGN,
                                        activity(COSTA_RICA_PROMOTION_EXAMS, months("2025-09", "2025-12"), ON_TRACK, null),
                                        activity("Pair women officers with senior mentors", months("2026-01", "2026-12"), ON_TRACK, null,
                                                budget("CRC", "15000000", "Government of Costa Rica", SIGNIFICANT)))),
                        outcome("Women and girls in communities affected by organised crime are better protected", PROTECTION,
                                months("2025-07", "2028-06"), "National Institute for Women (INAMU)", LOCALIZATION,
                                rising("Municipalities with a local prevention plan that addresses women's security", NUMBER, "8", "2025-06-30")
                                        .verifiedBy("Plans approved by municipal councils")
                                        .period(months("2026-01", "2026-12"), "15").actual("11", "2026-06-30", "Approved by mid-year"),
                                output("Local safety plans drawn up with women's organisations in Limón and Puntarenas", months("2025-10", "2027-06"),
                                        "National Institute for Women (INAMU)", LOCALIZATION,
                                        activity("Diagnose the risks women face with local women's groups", months("2025-10", "2026-03"), DONE, null),
                                        activity("Draft local safety plans with the municipal councils", months("2026-04", "2026-12"), ON_TRACK, null,
                                                budget("USD", "28000", "UN Women", PRINCIPAL)),
                                        activity("Fund safe spaces for adolescent girls", months("2026-06", "2027-06"), NOT_STARTED, null,
                                                budget("CRC", "20000000", "Our Secure Future", PRINCIPAL)))),
                        outcome("NAP spending is tracked in the national budget", PREVENTION,
                                months("2025-07", "2027-12"), "Ministry of Finance", GENDER_BUDGETING,
                                rising("A system tracks and publishes allocations for gender equality", YES_NO, "0", "2025-06-30")
                                        .verifiedBy("Budget documents published by the Ministry of Finance")
                                        .refersTo(ReferenceFramework.SDG, "5.c.1")
                                        .period(months("2026-01", "2026-12"), "1").actual("0", "2026-06-30", "Classifier change pending"),
                                output("A budget tag for the NAP's actions", months("2025-09", "2026-12"),
                                        "Ministry of Finance", GENDER_BUDGETING,
                                        activity("Agree a budget tag with the Ministry of Finance", months("2025-09", "2026-03"), AT_RISK,
                                                "National Institute for Women (INAMU)"),
                                        activity("Train the budget officers of security institutions", months("2026-04", "2026-12"), NOT_STARTED, null,
                                                budget("CRC", "6000000", "Government of Costa Rica", SIGNIFICANT))))));
    }

    /** Organised-crime violence and human mobility on the northern border. */
    static RoadmapPlan ecuador() {
        return new RoadmapPlan("Ecuador: roadmap toward a WPS NAP amid rising organised-crime violence", RoadmapStatus.SUBMITTED,
                goal("Women and girls in Ecuador are protected from violence linked to organised crime and take part in security policy",
                        PROTECTION, months("2025-07", "2028-06"), "Ministry of Women and Human Rights", THEORY_OF_CHANGE,
                        outcome("Security policy is designed and monitored with women's organisations", PARTICIPATION,
                                months("2025-07", "2027-06"), "National Council for Gender Equality", INSTITUTIONAL_COORDINATION,
                                rising("Women's organisations taking part in the security policy round table", NUMBER, "3", "2025-06-30")
                                        .verifiedBy("Round table attendance lists")
                                        .period(months("2025-07", "2026-06"), "12").actual("9", "2026-03-31", null),
                                output("A standing Women, Peace and Security round table", months("2025-08", "2026-12"),
                                        "National Council for Gender Equality", INSTITUTIONAL_COORDINATION,
                                        activity("Convene the round table with the Ministry of the Interior", months("2025-08", "2025-10"), DONE, null),
                                        activity("Hold quarterly sessions in Quito, Guayaquil and Esmeraldas", months("2025-11", "2026-12"), ON_TRACK, null,
                                                budget("USD", "18000", "Our Secure Future", PRINCIPAL)))),
                        outcome("Migrant and displaced women on the northern border reach protection services", PROTECTION,
                                months("2025-07", "2028-06"), "Ministry of Foreign Affairs and Human Mobility", LOCALIZATION,
                                rising("Migrant women attended by protection services in Carchi and Sucumbíos", NUMBER, "400", "2025-06-30").bySex()
                                        .verifiedBy("Service registers of the mobile units")
                                        .period(months("2026-01", "2026-12"), "900").targetForWomen("700")
                                        .actual("610", "2026-06-30", "First semester").actualForWomen("455", "2026-06-30"),
                                output("Mobile protection units at border crossings", months("2025-10", "2027-06"),
                                        "Ministry of Women and Human Rights", LOCALIZATION,
                                        activity("Agree service protocols with local governments and humanitarian partners", months("2025-10", "2026-01"), DONE, null),
                                        activity("Deploy mobile units with psychosocial and legal staff", months("2026-02", "2027-06"), AT_RISK, null,
                                                budget("USD", "60000", "UN Women", PRINCIPAL))),
                                output("Rights information for migrant women", months("2026-01", "2026-12"),
                                        "Ministry of Foreign Affairs and Human Mobility", STRATEGIC_DESIGN,
                                        activity("Produce rights information with migrant women's groups", months("2026-01", "2026-06"), ON_TRACK,
                                                "Colectivo de mujeres de la frontera norte", budget("USD", "8000", "Our Secure Future", SIGNIFICANT)),
                                        activity("Distribute it at shelters and border points", months("2026-07", "2026-12"), NOT_STARTED, null))),
                        outcome("The NAP's actions are costed and funded", PREVENTION,
                                months("2025-07", "2027-12"), "Ministry of Economy and Finance", GENDER_BUDGETING,
                                rising("Allocations for the NAP tracked and published in the budget", YES_NO, "0", "2025-06-30")
                                        .verifiedBy("Budget execution reports")
                                        .refersTo(ReferenceFramework.SDG, "5.c.1")
                                        .period(months("2026-01", "2026-12"), "1"),
                                output("A costed NAP action plan", months("2025-08", "2026-06"),
                                        "Ministry of Economy and Finance", GENDER_BUDGETING,
                                        activity("Cost the priority actions with the Ministry of Economy and Finance", months("2025-08", "2026-02"), ON_TRACK, null,
                                                budget("USD", "12000", "UN Women", SIGNIFICANT)),
                                        activity("Link the NAP's actions to budget programme codes", months("2026-03", "2026-06"), NOT_STARTED, null)))));
    }

    /** The host country: women and girls crossing the Darién, and women in security and foreign policy. */
    static RoadmapPlan panama() {
        return new RoadmapPlan("Panama: roadmap toward a first Women, Peace and Security NAP", RoadmapStatus.SUBMITTED,
                goal("Panama protects women and girls in migration crises and includes women in security decisions",
                        RELIEF_AND_RECOVERY, months("2025-07", "2028-06"), "Ministry of Women", THEORY_OF_CHANGE,
                        outcome("Women and girls in transit through the Darién receive protection and care", RELIEF_AND_RECOVERY,
                                months("2025-07", "2027-12"), "Ministry of Public Security", INSTITUTIONAL_COORDINATION,
                                rising("Migrant reception stations offering GBV response services", NUMBER, "1", "2025-06-30")
                                        .verifiedBy("Service mapping of the reception stations")
                                        .period(months("2026-01", "2026-12"), "3").actual("2", "2026-06-30", null),
                                output("A GBV response protocol for migrant reception stations", months("2025-08", "2026-06"),
                                        "Ministry of Public Security", INSTITUTIONAL_COORDINATION,
                                        activity("Agree a protocol between the border service, health services and humanitarian agencies", months("2025-08", "2025-12"), DONE,
                                                "National Border Service"),
                                        activity("Train border and reception staff in survivor-centred care", months("2026-01", "2026-06"), ON_TRACK, null,
                                                budget("USD", "25000", "UN Women", PRINCIPAL)))),
                        outcome("Women take part in security and foreign policy decisions", PARTICIPATION,
                                months("2025-07", "2028-06"), "Ministry of Foreign Affairs", STRATEGIC_DESIGN,
                                rising("Share of women heading diplomatic missions", PERCENT, "30", "2025-06-30")
                                        .verifiedBy("Foreign service appointment records")
                                        .period(months("2026-01", "2026-12"), "35").actual("32", "2026-06-30", null),
                                output("A leadership programme for women in security and diplomacy", months("2025-09", "2027-06"),
                                        "Ministry of Foreign Affairs", STRATEGIC_DESIGN,
                                        activity("Design the programme with the diplomatic academy", months("2025-09", "2026-01"), DONE, null),
                                        activity("Run the programme's first cohort", months("2026-02", "2026-11"), ON_TRACK, null,
                                                budget("USD", "30000", "Our Secure Future", PRINCIPAL)),
                                        activity("Evaluate the first cohort and adjust the programme", months("2026-12", "2027-06"), NOT_STARTED, null)),
                                output("A NAP drafting committee with civil society", months("2025-07", "2026-06"),
                                        "Ministry of Women", MONITORING_AND_EVALUATION,
                                        activity("Install the inter-institutional drafting committee", months("2025-07", "2025-10"), DONE, null),
                                        activity("Consult Indigenous women in the provinces and comarcas", months("2025-11", "2026-06"), AT_RISK,
                                                "Coordinadora de mujeres de las comarcas", budget("PAB", "40000", "Government of Panama", SIGNIFICANT))))));
    }
}
