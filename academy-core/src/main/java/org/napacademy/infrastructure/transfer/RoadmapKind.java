package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/**
 * The delegations' roadmaps, each with its whole result tree nested as in life: nodes with budget lines and
 * indicators, indicators with periods, periods with their targets and actuals. A roadmap is rebuilt in
 * DRAFT (its structure changes only then) and takes its status and sharing once its tree stands.
 */
final class RoadmapKind implements TransferKind {
    static final String SECTION = "roadmaps";
    static final String NODES = "resultNodes";
    static final String MEASUREMENTS = "measurements";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select r from Roadmap r where r.cohort.programme = ?1 order by r.id", Roadmap.class), roadmap -> {
            out.writeKey(roadmap);
            out.ref("cohort", roadmap.cohort());
            out.optionalRef("delegation", roadmap.delegation());
            out.optionalTime("adoptedOn", roadmap.adoptedOn());
            out.array("endorsements", roadmap.endorsements().stream(), endorsement -> {
                out.ref("delegation", endorsement.delegation());
                out.time("endorsedOn", endorsement.endorsedOn());
            });
            out.text("title", roadmap.title());
            out.enumValue("status", roadmap.status());
            out.bool("sharedWithCohort", roadmap.isSharedWithCohort());
            out.array("goals", roadmap.goals().stream(), goal -> writeNode(goal, out));
        });
    }

    private static void writeNode(ResultNode node, Exporting out) {
        out.writeKey(node);
        out.enumValue("level", node.level());
        out.text("title", node.title());
        out.optionalText("description", node.description());
        out.optionalText("tag", node.tag());
        out.optionalRef("assignedTo", node.assignedDelegation());
        out.optionalText("responsibleInstitution", node.responsibleInstitution());
        out.time("start", node.schedule().start());
        out.time("end", node.schedule().end());
        out.enumValue("status", node.status());
        out.optionalRef("draftedIn", node.draftedIn());
        out.array("budgetLines", node.budgetLines().stream(), line -> {
            out.decimal("amount", line.money().amount());
            out.text("currency", line.money().currencyCode());
            out.optionalText("fundingSource", line.fundingSource());
            out.enumValue("genderMarker", line.genderMarker());
        });
        out.array("indicators", node.indicators().stream(), indicator -> writeIndicator(indicator, out));
        out.array("children", node.children().stream(), child -> writeNode(child, out));
    }

    private static void writeIndicator(Indicator indicator, Exporting out) {
        out.writeKey(indicator);
        out.text("title", indicator.title());
        out.enumValue("unit", indicator.unit());
        out.bool("ascending", indicator.isAscending());
        out.optionalDecimal("baselineValue", indicator.baselineValue());
        out.optionalTime("baselineDate", indicator.baselineDate());
        out.optionalText("meansOfVerification", indicator.meansOfVerification());
        out.bool("disaggregatedBySex", indicator.isDisaggregatedBySex());
        indicator.reference().ifPresent(reference -> {
            out.enumValue("referenceFramework", reference.framework());
            out.text("referenceCode", reference.code());
        });
        out.array("periods", indicator.periods().stream(), period -> {
            out.writeKey(period);
            out.time("start", period.dates().start());
            out.time("end", period.dates().end());
            out.array(MEASUREMENTS, out.select("select m from Measurement m where m.period = ?1 order by m.id", Measurement.class, period),
                    measurement -> {
                        out.writeKey(measurement);
                        out.enumValue("kind", measurement.kind());
                        out.optionalDecimal("value", measurement.value());
                        out.optionalEnum("sex", measurement.sex());
                        out.time("asOf", measurement.asOf());
                        out.optionalText("comment", measurement.comment());
                        out.optionalText("evidenceLink", measurement.evidenceLink());
                    });
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var title = Fields.text(element, "title");
        var owner = Fields.optionalText(element, "delegation");
        var roadmap = owner.isPresent() ? new Roadmap(in.resolve(DelegationKind.SECTION, owner.get(), Delegation.class), title)
                : Roadmap.ofGathering(in.resolve(CohortKind.SECTION, Fields.text(element, "cohort"), Cohort.class), title);
        for (var goal : Fields.objects(element, "goals"))
            readNode(goal, roadmap.addGoal(Fields.text(goal, "title"), tag(goal), schedule(goal)), in);
        var adoptedOn = Fields.optionalDate(element, "adoptedOn");
        switch (Fields.enumValue(element, "status", RoadmapStatus.class)) {
            case DRAFT -> { }
            case SUBMITTED -> roadmap.submit();
            case ENDORSED -> {
                if (adoptedOn.isPresent()) roadmap.adopt(adoptedOn.get());
                else {
                    roadmap.submit();
                    roadmap.endorse();
                }
            }
        }
        for (var endorsement : Fields.objects(element, "endorsements"))
            roadmap.recordEndorsement(in.resolve(DelegationKind.SECTION, Fields.text(endorsement, "delegation"), Delegation.class),
                    Fields.date(endorsement, "endorsedOn"));
        if (Fields.bool(element, "sharedWithCohort")) roadmap.shareWithCohort();
        in.persist(roadmap);
        in.register(SECTION, Fields.key(element), roadmap);
        in.count(SECTION);
    }

    private static void readNode(JsonObject element, ResultNode node, Importing in) {
        var tag = tag(element);
        if (tag != null && !tag.equals(node.tag().orElse(null))) node.assignTag(tag);
        node.assignTo(in.resolveOptional(DelegationKind.SECTION, Fields.optionalText(element, "assignedTo"), Delegation.class));
        node.describe(Fields.optionalText(element, "description").orElse(null));
        node.assignResponsibility(Fields.optionalText(element, "responsibleInstitution").orElse(null));
        node.markDraftedIn(in.resolveOptional(ModuleKind.SECTION, Fields.optionalText(element, "draftedIn"), Module.class));
        for (var line : Fields.objects(element, "budgetLines")) {
            node.addBudgetLine(new BudgetLine(new Money(Fields.decimal(line, "amount"), Fields.text(line, "currency")),
                    Fields.optionalText(line, "fundingSource").orElse(null), Fields.enumValue(line, "genderMarker", GenderMarker.class)));
            in.count("budgetLines");
        }
        for (var indicator : Fields.objects(element, "indicators")) readIndicator(indicator, node, in);
        for (var child : Fields.objects(element, "children"))
            readNode(child, node.addChild(Fields.enumValue(child, "level", ResultLevel.class), Fields.text(child, "title"), schedule(child)), in);
        node.changeStatus(Fields.enumValue(element, "status", ProgressStatus.class));
        in.register(NODES, Fields.key(element), node);
        in.count(NODES);
    }

    private static void readIndicator(JsonObject element, ResultNode node, Importing in) {
        var indicator = node.addIndicator(Fields.text(element, "title"), Fields.enumValue(element, "unit", IndicatorUnit.class),
                Fields.bool(element, "ascending"), Fields.optionalDecimal(element, "baselineValue").orElse(null),
                Fields.optionalDate(element, "baselineDate").orElse(null));
        indicator.verifyBy(Fields.optionalText(element, "meansOfVerification").orElse(null));
        if (Fields.bool(element, "disaggregatedBySex")) indicator.disaggregateBySex();
        Fields.optionalEnum(element, "referenceFramework", ReferenceFramework.class)
                .ifPresent(framework -> indicator.referTo(new ExternalReference(framework, Fields.text(element, "referenceCode"))));
        for (var p : Fields.objects(element, "periods")) {
            var period = indicator.addPeriod(schedule(p));
            for (var m : Fields.objects(p, MEASUREMENTS)) {
                var value = Fields.optionalDecimal(m, "value").orElse(null);
                var sex = Fields.optionalEnum(m, "sex", Sex.class).orElse(null);
                var comment = Fields.optionalText(m, "comment").orElse(null);
                var measurement = Fields.enumValue(m, "kind", MeasurementKind.class) == MeasurementKind.TARGET
                        ? period.planTarget(value, sex, comment)
                        : period.recordActual(value, sex, Fields.date(m, "asOf"), comment, Fields.optionalText(m, "evidenceLink").orElse(null));
                in.register(MEASUREMENTS, Fields.key(m), measurement);
                in.count(MEASUREMENTS);
            }
            in.count("periods");
        }
        in.count("indicators");
    }

    private static DateRange schedule(JsonObject element) {
        return DateRange.of(Fields.date(element, "start"), Fields.date(element, "end"));
    }

    /** Version 2 has a node's "tag" (absent when the programme uses none); version 1 had its WPS "pillar". */
    private static String tag(JsonObject node) {
        return Fields.optionalText(node, "tag").or(() -> Fields.optionalText(node, "pillar")).orElse(null);
    }
}
