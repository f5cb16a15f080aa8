package org.napacademy.infrastructure.demo;

import static org.napacademy.infrastructure.demo.Curriculum.GENDER_BUDGETING;
import static org.napacademy.infrastructure.demo.Curriculum.INSTITUTIONAL_COORDINATION;
import static org.napacademy.infrastructure.demo.Curriculum.LOCALIZATION;
import static org.napacademy.infrastructure.demo.Curriculum.MONITORING_AND_EVALUATION;
import static org.napacademy.infrastructure.demo.Curriculum.STRATEGIC_DESIGN;
import static org.napacademy.infrastructure.demo.Curriculum.THEORY_OF_CHANGE;
import static org.napacademy.infrastructure.demo.Plans.civilSociety;
import static org.napacademy.infrastructure.demo.Plans.days;
import static org.napacademy.infrastructure.demo.Plans.government;
import static org.napacademy.infrastructure.demo.Plans.man;
import static org.napacademy.infrastructure.demo.Plans.security;
import static org.napacademy.infrastructure.demo.Plans.woman;

import java.time.Instant;
import java.util.List;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * The first regional convening: Port of Spain, 13-15 May 2024, with Barbados, Guyana, Jamaica and Trinidad
 * and Tobago. The public record does not name the venue, so the demo does not either. All people are fictional.
 */
final class PortOfSpainCohort {
    private PortOfSpainCohort() { }

    static CohortPlan plan() {
        return new CohortPlan("2024 Port of Spain",
                new Venue("Regional convening venue", "Port of Spain", "TT", "America/Port_of_Spain"),
                days("2024-05-13", "2024-05-15"), "Plenary room", "Workshop room",
                List.of(barbados(), guyana(), jamaica(), trinidadAndTobago()),
                List.of(guyanaFirstReport()),
                List.of());
    }

    private static DelegationPlan barbados() {
        return new DelegationPlan("BB", "en", List.of(
                woman("Andrea", "Clarke", government("Bureau of Gender Affairs"), "Senior Programme Officer").focalPoint().listed()
                        .rated(THEORY_OF_CHANGE, 5, 2, 4, "Mapping our assumptions on disaster response was an eye-opener."),
                woman("Natalie", "Greaves", government("Department of Emergency Management"), "Programme Manager").listed()
                        .rated(INSTITUTIONAL_COORDINATION, 4, 3, 4, "Useful to hear how other islands coordinate shelters and police."),
                man("Kevin", "Bourne", security("Royal Barbados Police Force"), "Inspector")
                        .missed(LOCALIZATION, AttendanceStatus.EXCUSED),
                woman("Shelly-Ann", "Alleyne", civilSociety("Barbados women's rights network"), "Coordinator")
                        .rated(LOCALIZATION, 5, 2, 4, "Finally a space where community groups sit with ministries.")),
                PortOfSpainRoadmaps.barbados());
    }

    private static DelegationPlan guyana() {
        return new DelegationPlan("GY", "en", List.of(
                woman("Savitri", "Persaud", government("Ministry of Human Services and Social Security"), "Gender Affairs Coordinator").focalPoint().listed()
                        .rated(STRATEGIC_DESIGN, 5, 2, 5, "We left with a draft results framework, not just notes."),
                woman("Michelle", "Fredericks", government("Ministry of Foreign Affairs and International Cooperation"), "Foreign Service Officer").listed(),
                woman("Odessa", "Williams", security("Guyana Police Force"), "Assistant Superintendent")
                        .rated(GENDER_BUDGETING, 4, 1, 3, "Costing exercises were hard but necessary; more time please."),
                man("Leonard", "Bacchus", security("Guyana Defence Force"), "Captain")
                        .missed(MONITORING_AND_EVALUATION, AttendanceStatus.ABSENT),
                woman("Lorraine", "James", civilSociety("Hinterland women's association"), "Coordinator")
                        .rated(LOCALIZATION, 5, 2, 4, "Village councils must be part of this from the start.")),
                PortOfSpainRoadmaps.guyana());
    }

    private static DelegationPlan jamaica() {
        return new DelegationPlan("JM", "en", List.of(
                woman("Tanisha", "Campbell", government("Bureau of Gender Affairs"), "Policy Director").focalPoint().listed()
                        .rated(THEORY_OF_CHANGE, 4, 2, 4, "Good framework; we need to adapt it to community violence."),
                woman("Marcia", "Reid", government("Ministry of National Security"), "Senior Policy Analyst")
                        .rated(MONITORING_AND_EVALUATION, 3, 2, 3, "Indicators session felt rushed at the end of the day."),
                man("Andre", "Morrison", security("Jamaica Constabulary Force"), "Superintendent"),
                woman("Kerry-Ann", "Bennett", civilSociety("Kingston community women's network"), "Programme Coordinator")
                        .missed(GENDER_BUDGETING, AttendanceStatus.EXCUSED)),
                PortOfSpainRoadmaps.jamaica());
    }

    private static DelegationPlan trinidadAndTobago() {
        return new DelegationPlan("TT", "en", List.of(
                woman("Candice", "Ramdass", government("Office of the Prime Minister, Gender and Child Affairs"), "Senior Policy Analyst").focalPoint().listed()
                        .rated(STRATEGIC_DESIGN, 5, 3, 5, "Exactly what we needed to turn commitments into a plan."),
                woman("Alicia", "Mohammed", government("Ministry of Foreign and CARICOM Affairs"), "Foreign Service Officer").listed(),
                woman("Keisha", "Joseph", security("Trinidad and Tobago Police Service"), "Inspector")
                        .rated(INSTITUTIONAL_COORDINATION, 4, 2, 4, "The police need a seat on the steering committee, now we have a plan for it."),
                man("Darren", "Phillip", government("Ministry of National Security"), "Policy Officer"),
                woman("Nicole", "Baptiste", civilSociety("Tobago women's network"), "Chairperson")
                        .rated(LOCALIZATION, 5, 2, 5, "Tobago's priorities were heard, not added at the end.")),
                PortOfSpainRoadmaps.trinidadAndTobago());
    }

    private static ReportPlan guyanaFirstReport() {
        return new ReportPlan("GY", days("2024-06-01", "2024-11-30"),
                "Referral protocols agreed between police, health and social services. Consultations held with village "
                        + "councils in three hinterland regions; their findings are feeding the draft NAP.",
                "Travel to remote villages took longer than planned and the rainy season delayed two visits.",
                "Train frontline officers in Regions 1, 7 and 9; appoint the drafting team's civil society members.",
                "https://example.org/demo/guyana/progress-2024-h2.pdf",
                List.of(new ReportPlan.StatusChange(PortOfSpainRoadmaps.GUYANA_REFERRAL_PROTOCOLS, ProgressStatus.DONE),
                        new ReportPlan.StatusChange(PortOfSpainRoadmaps.GUYANA_VILLAGE_CONSULTATIONS, ProgressStatus.DONE)),
                List.of(new ReportPlan.Actual(PortOfSpainRoadmaps.GUYANA_REFERRALS, "34", "2024-11-30", "Cases referred since June (demo figure)"),
                        new ReportPlan.Actual(PortOfSpainRoadmaps.GUYANA_HINTERLAND_SHARE, "38", "2024-11-30", "Consultation registers (demo figure)")),
                Instant.parse("2024-12-10T15:00:00Z"), Instant.parse("2024-12-18T13:30:00Z"));
    }
}
