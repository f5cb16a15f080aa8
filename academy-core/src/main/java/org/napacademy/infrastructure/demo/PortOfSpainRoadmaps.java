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
import static org.napacademy.infrastructure.demo.Plans.falling;
import static org.napacademy.infrastructure.demo.Plans.goal;
import static org.napacademy.infrastructure.demo.Plans.months;
import static org.napacademy.infrastructure.demo.Plans.outcome;
import static org.napacademy.infrastructure.demo.Plans.output;
import static org.napacademy.infrastructure.demo.Plans.rising;

import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** The roadmaps the Caribbean delegations drafted in Port of Spain, each on its own country's priorities. */
final class PortOfSpainRoadmaps {
    private PortOfSpainRoadmaps() { }

    static final String GUYANA_REFERRAL_PROTOCOLS = "Agree referral protocols between police, health and social services";
    static final String GUYANA_VILLAGE_CONSULTATIONS = "Hold consultations with Toshaos and village councils";
    static final String GUYANA_REFERRALS = "Trafficking cases referred to survivor services";
    static final String GUYANA_HINTERLAND_SHARE = "Share of consultation participants from hinterland regions";

    /** Climate and disaster resilience: hurricanes make shelters and response services a WPS matter. */
    static RoadmapPlan barbados() {
        return new RoadmapPlan("Barbados: a Women, Peace and Security NAP for climate and disaster resilience", RoadmapStatus.SUBMITTED,
                goal("Disaster preparedness and response in Barbados keep women and girls safe and count on their leadership",
                        RELIEF_AND_RECOVERY, months("2024-06", "2027-06"), "Bureau of Gender Affairs", THEORY_OF_CHANGE,
                        outcome("A costed NAP is drafted through national consultation", PARTICIPATION,
                                months("2024-06", "2025-12"), "Bureau of Gender Affairs", STRATEGIC_DESIGN,
                                rising("Draft NAP submitted to Cabinet", YES_NO, "0", "2024-05-31")
                                        .verifiedBy("Cabinet submission record")
                                        .period(months("2024-06", "2025-12"), "1"),
                                output("Island-wide consultations with women's organisations, youth and faith groups",
                                        months("2024-07", "2025-03"), "Bureau of Gender Affairs", LOCALIZATION,
                                        rising("Consultation participants", NUMBER, "0", "2024-06-30").bySex()
                                                .verifiedBy("Attendance registers of the consultations")
                                                .period(months("2024-07", "2025-03"), "300").targetForWomen("200")
                                                .actual("260", "2025-03-31", "All parishes covered").actualForWomen("191", "2025-03-31"),
                                        activity("Hold a consultation in each parish", months("2024-09", "2025-02"), DONE, null,
                                                budget("BBD", "30000", "Government of Barbados", SIGNIFICANT)),
                                        activity("Publish a consultation summary", months("2025-02", "2025-03"), DONE, null)),
                                output("NAP costed with the Ministry of Finance", months("2025-01", "2025-12"),
                                        "Ministry of Finance, Economic Affairs and Investment", GENDER_BUDGETING,
                                        activity("Cost each NAP action with the budget office", months("2025-04", "2025-09"), AT_RISK, null,
                                                budget("USD", "15000", "UN Women", PRINCIPAL)),
                                        activity("Tag NAP spending in the budget estimates", months("2025-10", "2025-12"), NOT_STARTED, null))),
                        outcome("Emergency shelters and response services protect women and girls from violence", PROTECTION,
                                months("2025-01", "2027-06"), "Department of Emergency Management", INSTITUTIONAL_COORDINATION,
                                rising("Share of emergency shelters meeting GBV safety standards", PERCENT, "10", "2024-12-31")
                                        .verifiedBy("Shelter inspection checklists")
                                        .period(months("2025-01", "2025-12"), "40").actual("35", "2025-11-30", "Inspections before the hurricane season")
                                        .period(months("2026-01", "2026-12"), "75"),
                                output("Shelter managers trained in GBV prevention and referral", months("2025-01", "2026-06"),
                                        "Department of Emergency Management", INSTITUTIONAL_COORDINATION,
                                        activity("Add GBV safety measures to the shelter management guidelines", months("2025-01", "2025-05"), DONE, null),
                                        activity("Train shelter managers and volunteers before the hurricane season", months("2025-04", "2025-06"), DONE, null,
                                                budget("BBD", "45000", "Government of Barbados", SIGNIFICANT)),
                                        activity("Set up a GBV referral pathway with the police and health services", months("2025-07", "2026-06"), ON_TRACK,
                                                "Royal Barbados Police Force")))));
    }

    /** Hinterland and border regions: trafficking, migration and Indigenous women's voice. */
    static RoadmapPlan guyana() {
        return new RoadmapPlan("Guyana: toward a first WPS NAP that reaches hinterland and border communities", RoadmapStatus.ENDORSED,
                goal("Women in Guyana, including Indigenous and migrant women, are protected and take part in security decisions",
                        PROTECTION, months("2024-06", "2027-12"), "Ministry of Human Services and Social Security", THEORY_OF_CHANGE,
                        outcome("Women in border and hinterland regions are protected from trafficking and gender-based violence", PROTECTION,
                                months("2024-06", "2026-12"), "Ministry of Home Affairs", STRATEGIC_DESIGN,
                                rising(GUYANA_REFERRALS, NUMBER, "25", "2024-05-31").bySex()
                                        .verifiedBy("Counter-trafficking unit case records")
                                        .period(months("2024-06", "2025-05"), "40")
                                        .period(months("2025-06", "2026-05"), "55").targetForWomen("45"),
                                output("A referral pathway for survivors in Regions 1, 7 and 9", months("2024-06", "2025-12"),
                                        "Ministry of Home Affairs", INSTITUTIONAL_COORDINATION,
                                        activity(GUYANA_REFERRAL_PROTOCOLS, months("2024-06", "2024-10"), ON_TRACK, null,
                                                budget("GYD", "2500000", "Government of Guyana", SIGNIFICANT)),
                                        activity("Train frontline officers in Regions 1, 7 and 9", months("2024-11", "2025-06"), DONE,
                                                "Guyana Police Force", budget("USD", "22000", "UN Women", PRINCIPAL)),
                                        activity("Translate survivor information into Spanish and Indigenous languages", months("2025-01", "2025-12"), ON_TRACK,
                                                "Ministry of Amerindian Affairs"))),
                        outcome("Indigenous and rural women's voices shape the NAP", PARTICIPATION,
                                months("2024-06", "2025-12"), "Women and Gender Equality Commission", LOCALIZATION,
                                rising(GUYANA_HINTERLAND_SHARE, PERCENT, "0", "2024-05-31")
                                        .verifiedBy("Consultation registers")
                                        .period(months("2024-07", "2025-03"), "40"),
                                output("Consultations with village councils", months("2024-07", "2025-03"),
                                        "Women and Gender Equality Commission", LOCALIZATION,
                                        activity(GUYANA_VILLAGE_CONSULTATIONS, months("2024-08", "2024-12"), ON_TRACK, null,
                                                budget("GYD", "4000000", "Our Secure Future", PRINCIPAL)),
                                        activity("Feed the consultation findings into the draft NAP", months("2025-01", "2025-03"), DONE, null)),
                                output("A NAP drafting team with civil society seats", months("2024-09", "2025-12"),
                                        "Ministry of Human Services and Social Security", STRATEGIC_DESIGN,
                                        activity("Appoint the drafting team", months("2024-09", "2024-10"), DONE, null),
                                        activity("Validate the draft NAP with stakeholders", months("2025-06", "2025-12"), AT_RISK, null))),
                        outcome("More women serve in the Guyana Police Force and Defence Force", PARTICIPATION,
                                months("2025-01", "2027-12"), "Guyana Police Force", MONITORING_AND_EVALUATION,
                                rising("Share of women among new recruits", PERCENT, "28", "2024-12-31")
                                        .verifiedBy("Recruitment records of the police and defence force")
                                        .period(months("2025-01", "2025-12"), "32").actual("30", "2025-08-31", "First two intakes of the year"),
                                output("A recruitment campaign aimed at young women", months("2025-01", "2026-06"),
                                        "Guyana Police Force", STRATEGIC_DESIGN,
                                        activity("Review recruitment criteria for barriers to women", months("2025-01", "2025-04"), DONE, null),
                                        activity("Run outreach in secondary schools and technical institutes", months("2025-05", "2026-06"), ON_TRACK,
                                                "Guyana Defence Force", budget("GYD", "3000000", "Government of Guyana", SIGNIFICANT))))));
    }

    /** Community violence: women as violence interrupters, and faster responses to survivors. */
    static RoadmapPlan jamaica() {
        return new RoadmapPlan("Jamaica: a WPS NAP to prevent community violence", RoadmapStatus.DRAFT,
                goal("Women lead violence prevention in Jamaica's communities and survivors of gender-based violence are protected",
                        PREVENTION, months("2024-06", "2027-12"), "Bureau of Gender Affairs", THEORY_OF_CHANGE,
                        outcome("Women lead violence interruption and mediation in volatile communities", PREVENTION,
                                months("2024-09", "2026-12"), "Ministry of National Security", LOCALIZATION,
                                rising("Share of women among trained community mediators", PERCENT, "35", "2024-08-31")
                                        .verifiedBy("Training records of the mediation network")
                                        .period(months("2025-01", "2025-12"), "50").actual("44", "2025-06-30", "After the first two trainings"),
                                output("A women's community mediation network", months("2024-09", "2026-06"),
                                        "Ministry of National Security", LOCALIZATION,
                                        activity("Select mediators with community-based organisations", months("2024-09", "2024-12"), DONE,
                                                "Kingston community women's network"),
                                        activity("Train mediators in conflict de-escalation", months("2025-01", "2025-09"), DONE, null,
                                                budget("JMD", "3500000", "Our Secure Future", PRINCIPAL)),
                                        activity("Provide psychosocial support to mediators", months("2025-10", "2026-06"), AT_RISK, null,
                                                budget("JMD", "1200000", "Government of Jamaica", SIGNIFICANT)))),
                        outcome("Survivors of gender-based violence get faster police and justice responses", PROTECTION,
                                months("2025-01", "2027-12"), "Jamaica Constabulary Force", INSTITUTIONAL_COORDINATION,
                                falling("Average days from a GBV report to a completed case file", NUMBER, "90", "2024-12-31")
                                        .verifiedBy("Case management records of the police GBV units")
                                        .period(months("2025-01", "2025-12"), "75").actual("82", "2025-09-30", "Three divisions reporting")
                                        .period(months("2026-01", "2026-12"), "60"),
                                output("Police GBV units staffed and funded in every division", months("2025-01", "2026-12"),
                                        "Jamaica Constabulary Force", GENDER_BUDGETING,
                                        activity("Assess the staffing of police GBV units", months("2025-01", "2025-06"), DONE, null),
                                        activity("Include GBV unit costs in the security budget", months("2025-07", "2026-03"), ON_TRACK,
                                                "Ministry of National Security", budget("JMD", "8000000", "Government of Jamaica", PRINCIPAL))),
                                output("Shared case tracking between police, courts and shelters", months("2025-06", "2027-06"),
                                        "Bureau of Gender Affairs", MONITORING_AND_EVALUATION,
                                        activity("Agree a common case identifier and a data-sharing protocol", months("2025-06", "2025-12"), ON_TRACK, null),
                                        activity("Pilot case tracking in two parishes", months("2026-01", "2026-12"), NOT_STARTED, null,
                                                budget("USD", "30000", "UN Women", SIGNIFICANT))))));
    }

    /** The first Caribbean WPS NAP is adopted: the roadmap is about carrying it out and reporting on it. */
    static RoadmapPlan trinidadAndTobago() {
        return new RoadmapPlan("Trinidad and Tobago: putting the first Caribbean WPS National Action Plan into practice", RoadmapStatus.ENDORSED,
                goal("Women and girls in Trinidad and Tobago are safer and shape national security decisions",
                        PREVENTION, months("2024-06", "2027-12"), "Office of the Prime Minister, Gender and Child Affairs", THEORY_OF_CHANGE,
                        outcome("National security institutions integrate gender perspectives in policy and operations", PARTICIPATION,
                                months("2024-06", "2026-12"), "Ministry of National Security", STRATEGIC_DESIGN,
                                rising("Share of women in senior ranks of the police service", PERCENT, "20", "2024-05-31")
                                        .verifiedBy("Police service human resources records")
                                        .refersTo(ReferenceFramework.SDG, "16.7.1")
                                        .period(months("2025-01", "2025-12"), "23").actual("21", "2025-06-30", "Mid-year promotions")
                                        .period(months("2026-01", "2026-12"), "26"),
                                output("An inter-ministerial NAP steering committee tracks implementation", months("2024-06", "2025-12"),
                                        "Office of the Prime Minister, Gender and Child Affairs", INSTITUTIONAL_COORDINATION,
                                        rising("Steering committee meetings held with published minutes", NUMBER, "0", "2024-05-31")
                                                .verifiedBy("Published minutes")
                                                .period(months("2024-06", "2025-05"), "4").actual("4", "2025-05-30", null),
                                        activity("Issue terms of reference and appoint focal points in each ministry", months("2024-06", "2024-09"), DONE, null),
                                        activity("Hold quarterly steering committee meetings", months("2024-10", "2025-12"), ON_TRACK, null,
                                                budget("TTD", "60000", "Government of Trinidad and Tobago", SIGNIFICANT))),
                                output("A gender-responsive training curriculum for the security sector", months("2025-01", "2026-06"),
                                        "Trinidad and Tobago Police Service", STRATEGIC_DESIGN,
                                        activity("Review police and defence force curricula with a gender lens", months("2025-01", "2025-06"), DONE, null,
                                                budget("USD", "18000", "UN Women", PRINCIPAL)),
                                        activity("Train community police officers in survivor-centred GBV response", months("2025-07", "2026-06"), ON_TRACK, null,
                                                budget("TTD", "150000", "Government of Trinidad and Tobago", SIGNIFICANT)))),
                        outcome("Fewer illicit small arms reach communities, with women leading prevention", PREVENTION,
                                months("2024-09", "2027-12"), "Ministry of National Security", THEORY_OF_CHANGE,
                                falling("Firearm-related incidents reported in the pilot communities", NUMBER, "140", "2024-06-30")
                                        .verifiedBy("Police incident reports for the pilot communities")
                                        .period(months("2025-01", "2025-12"), "120").actual("131", "2025-09-30", "Nine months of reports")
                                        .period(months("2026-01", "2026-12"), "100"),
                                output("Community safety councils with women's participation in three pilot communities", months("2024-09", "2026-12"),
                                        "Ministry of National Security", LOCALIZATION,
                                        rising("Share of women among safety council members", PERCENT, "30", "2024-08-31")
                                                .verifiedBy("Council membership lists")
                                                .period(months("2025-01", "2025-12"), "50").actual("46", "2025-10-31", null),
                                        activity("Map the women's organisations active in the pilot communities", months("2024-09", "2024-12"), DONE,
                                                "Tobago women's network"),
                                        activity("Set up community safety councils in the pilot communities", months("2025-01", "2025-09"), DONE, null),
                                        activity("Fund women-led violence prevention projects", months("2025-10", "2026-12"), AT_RISK, null,
                                                budget("USD", "40000", "Our Secure Future", PRINCIPAL)))),
                        outcome("NAP results are monitored and reported publicly", PARTICIPATION,
                                months("2025-01", "2027-12"), "Office of the Prime Minister, Gender and Child Affairs", MONITORING_AND_EVALUATION,
                                rising("Annual NAP progress report published", YES_NO, "0", "2024-12-31")
                                        .verifiedBy("Government publications")
                                        .period(months("2025-01", "2025-12"), "1"),
                                output("A NAP monitoring framework with sex-disaggregated data", months("2025-01", "2025-12"),
                                        "Central Statistical Office", MONITORING_AND_EVALUATION,
                                        activity("Agree indicator definitions and data owners", months("2025-01", "2025-04"), DONE, null),
                                        activity("Build a shared data dashboard", months("2025-05", "2025-12"), ON_TRACK, null,
                                                budget("USD", "25000", "UN Women", SIGNIFICANT))))));
    }
}
