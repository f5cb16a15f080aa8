package org.napacademy.infrastructure.demo;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.napacademy.application.PasswordHasher;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.NapEventType;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Sponsor;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * The demo academy: the WPS NAP Academy programme with its two real convenings (Port of Spain 2024,
 * Panama City 2025), fictional participants, roadmaps, accompaniment and demo users; beside it a parliamentary
 * network's gathering ({@link ParliamentaryNetworkPlan}) and a ministerial roadmap of priorities ({@link ClasiPlan}). Everything is built
 * through the domain's constructors and operations, so the demo obeys the same rules as real data.
 */
public final class DemoAcademy {

    public static final String PROGRAMME_NAME = "WPS National Action Plan Academy";
    public static final String ADMIN = "admin";
    public static final String TRAINER = "trainer";
    public static final String SPONSOR = "sponsor";
    /** Demo users share this password; it is only ever stored hashed. */
    public static final String DEMO_PASSWORD = "demo";
    /** Check-ins every six months for a year after each cohort, due a month after the period ends. */
    public static final ReportingCalendar REPORTING = new ReportingCalendar(6, 12, 30);

    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 0);

    private final PasswordHasher hasher;
    private final boolean withOtherProgrammes;

    public DemoAcademy(PasswordHasher hasher) { this(hasher, true); }

    private DemoAcademy(PasswordHasher hasher, boolean withOtherProgrammes) {
        this.hasher = hasher;
        this.withOtherProgrammes = withOtherProgrammes;
    }

    /** The academy without the two other programmes, for tests that look at one programme in a whole database. */
    public static DemoAcademy academyOnly(PasswordHasher hasher) { return new DemoAcademy(hasher, false); }

    /** Loads the demo into a database without programmes; leaves any other database alone and answers empty. */
    public Optional<DemoSummary> loadIfEmpty(DemoDataSink sink) {
        if (sink.holdsAnyProgramme()) return Optional.empty();
        return Optional.of(load(sink));
    }

    private DemoSummary load(DemoDataSink sink) {
        var loaded = new Loaded();
        var programme = new Programme(PROGRAMME_NAME,
                "The Women, Peace and Security National Action Plan Academy of Our Secure Future and UN Women for the "
                        + "Americas and the Caribbean: country delegations design results-oriented roadmaps toward their "
                        + "National Action Plans, then receive technical accompaniment while they carry them out.",
                Set.of("en", "es", "pt", "fr"));
        programme.changeTemplate(new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), WpsPillars.TAGS));
        programme.useVocabulary(WpsPillars.VOCABULARY);
        programme.scheduleReporting(REPORTING);
        sink.add(programme);
        var sponsors = List.of(new Sponsor("Our Secure Future", "https://oursecurefuture.org"),
                new Sponsor("UN Women", "https://www.unwomen.org"));
        sponsors.forEach(sink::add);
        var modules = Curriculum.modulesOf(programme);
        modules.forEach(sink::add);
        var modulesByCode = modules.stream().collect(Collectors.toMap(
                org.napacademy.domain.model.curriculum.Module::code, Function.identity()));
        LibraryPlan.resourcesOf(modulesByCode, TRAINER).forEach(sink::add);
        recordTrinidadAndTobagoNap(sink.country("TT"));

        for (var plan : List.of(PortOfSpainCohort.plan(), PanamaCityCohort.plan()))
            convene(plan, programme, sponsors, modules, modulesByCode, sink, loaded);

        addUser(sink, loaded, new UserAccount(ADMIN, "Academy administrator", hashedDemoPassword(), Set.of(Role.ADMIN)));
        addUser(sink, loaded, new UserAccount(TRAINER, "Academy trainer", hashedDemoPassword(), Set.of(Role.TRAINER)));
        var sponsor = new UserAccount(SPONSOR, "Sponsor observer", hashedDemoPassword(), Set.of(Role.SPONSOR));
        sponsor.sponsorProgramme(programme.id());
        addUser(sink, loaded, sponsor);
        for (var delegation : loaded.delegations) {
            var delegate = new UserAccount("delegate." + delegation.country().iso2().toLowerCase(Locale.ROOT),
                    delegation.focalPoint().map(Participant::fullName).orElseThrow() + " (" + delegation.country().name().en() + ")",
                    hashedDemoPassword(), Set.of(Role.DELEGATE));
            delegate.joinDelegation(delegation);
            addUser(sink, loaded, delegate);
        }
        // two programmes of another shape beside the academy, each in its own words, each with its own sponsor
        for (var plan : withOtherProgrammes ? List.of(ParliamentaryNetworkPlan.plan(), ClasiPlan.plan()) : List.<GatheringPlan>of()) {
            var other = GatheringDemo.load(plan, sink, TRAINER);
            loaded.programmes++;
            loaded.cohorts.add(other.gathering());
            loaded.delegations.addAll(other.delegations());
            loaded.roadmaps.add(other.roadmap());
            var observer = new UserAccount(plan.sponsorUsername(), plan.sponsorDisplayName(), hashedDemoPassword(), Set.of(Role.SPONSOR));
            observer.sponsorProgramme(other.programme().id());
            addUser(sink, loaded, observer);
        }
        return loaded.summary(sponsors.size() + loaded.programmes - 1, modules.size());
    }

    /**
     * Migration V2 records Trinidad and Tobago's first NAP (adopted after the 2024 convening, year
     * unconfirmed); should the reference data ever lack it, the demo still shows it, without a date.
     */
    private static void recordTrinidadAndTobagoNap(Country trinidadAndTobago) {
        if (trinidadAndTobago.hasAdoptedNap()) return;
        trinidadAndTobago.recordNapEvent(NapEventType.ADOPTED, 1, null, null, null, null,
                "first WPS National Action Plan in the Caribbean; formulated after the 2024 Port of Spain academy convening",
                "Our Secure Future and UN Women press release of 1 July 2025 on the second NAP Academy convening");
    }

    private void convene(CohortPlan plan, Programme programme, List<Sponsor> sponsors,
                         List<org.napacademy.domain.model.curriculum.Module> modules,
                         Map<String, org.napacademy.domain.model.curriculum.Module> modulesByCode,
                         DemoDataSink sink, Loaded loaded) {
        var cohort = new Cohort(programme, plan.name(), plan.venue(), plan.dates());
        sponsors.forEach(cohort::addSponsor);
        cohort.assignTrainer(TRAINER);
        sink.add(cohort);
        loaded.cohorts.add(cohort);

        var delegations = new LinkedHashMap<String, Delegation>();
        var enrolled = new LinkedHashMap<ParticipantPlan, Participant>();
        for (var delegationPlan : plan.delegations()) {
            var delegation = new Delegation(cohort, sink.country(delegationPlan.iso2()));
            delegationPlan.participants().forEach(p -> enrolled.put(p, enrol(delegation, p, delegationPlan.language())));
            sink.add(delegation);
            delegations.put(delegationPlan.iso2(), delegation);
            loaded.delegations.add(delegation);
        }

        cohort.startSessions();
        var sessions = schedule(cohort, plan, modules);
        enrolled.forEach((participantPlan, participant) -> {
            sessions.forEach((code, session) -> session.recordAttendance(participant, participantPlan.attendanceAt(code)));
            participantPlan.ratings.forEach(r -> sessions.get(r.moduleCode())
                    .collectFeedback(participant, r.rating(), r.comment(), r.before(), r.after()));
        });
        sessions.values().forEach(sink::add);
        loaded.sessions.addAll(sessions.values());
        cohort.startAccompaniment();

        var roadmaps = new LinkedHashMap<String, Roadmap>();
        var builder = new RoadmapBuilder(modulesByCode);
        for (var delegationPlan : plan.delegations()) {
            var roadmap = builder.build(delegationPlan.roadmap(), delegations.get(delegationPlan.iso2()));
            sink.add(roadmap);
            roadmaps.put(delegationPlan.iso2(), roadmap);
            loaded.roadmaps.add(roadmap);
        }
        for (var reportPlan : plan.reports()) {
            var report = report(reportPlan, delegations.get(reportPlan.iso2()), roadmaps.get(reportPlan.iso2()));
            sink.add(report);
            loaded.reports.add(report);
        }
        for (var assistance : plan.assistance()) {
            var delegation = delegations.get(assistance.iso2());
            var request = new AssistanceRequest(delegation, modulesByCode.get(assistance.moduleCode()), assistance.raisedBy(),
                    assistance.request(), assistance.urgency(), assistance.raisedAt());
            request.answer(assistance.answer(), TRAINER, assistance.answeredAt());
            sink.add(request);
            var note = new MentoringNote(delegation, request, TRAINER, assistance.mentoredOn(), assistance.mentoringNote());
            sink.add(note);
            loaded.requests.add(request);
            loaded.notes.add(note);
        }
    }

    private static Participant enrol(Delegation delegation, ParticipantPlan plan, String language) {
        var participant = delegation.enrol(plan.givenName, plan.familyName, plan.email(), plan.institution, plan.position, plan.sex);
        participant.preferLanguage(language);
        if (plan.listed) participant.consentToBeListed();
        if (plan.focalPoint) delegation.appointFocalPoint(participant);
        return participant;
    }

    /** The modules in teaching order, two a day: mornings in the plenary room, afternoons in the workshop room. */
    private static Map<String, Session> schedule(Cohort cohort, CohortPlan plan, List<org.napacademy.domain.model.curriculum.Module> modules) {
        var sessions = new LinkedHashMap<String, Session>();
        for (int i = 0; i < modules.size(); i++) {
            var module = modules.get(i);
            boolean morning = i % 2 == 0;
            var start = cohort.dates().start().plusDays(i / 2).atTime(morning ? MORNING : AFTERNOON);
            var session = new Session(cohort, module, start, start.plus(Duration.ofMinutes(module.durationMinutes())),
                    morning ? plan.plenaryRoom() : plan.workshopRoom());
            session.assignTrainer(TRAINER);
            sessions.put(module.code(), session);
        }
        return sessions;
    }

    private static ProgressReport report(ReportPlan plan, Delegation delegation, Roadmap roadmap) {
        var report = new ProgressReport(delegation, plan.period());
        report.writeNarrative(plan.achievements(), plan.obstacles(), plan.nextSteps());
        report.addEvidenceLink(plan.evidenceLink());
        plan.statusChanges().forEach(change -> report.reportStatusChange(node(roadmap, change.nodeTitle()), change.to()));
        plan.actuals().forEach(actual -> report.recordActual(period(indicator(roadmap, actual.indicatorTitle()), actual),
                actual.value(), null, actual.asOf(), actual.comment(), null));
        report.submit(plan.submittedAt());
        if (plan.acceptedAt() != null) report.accept(TRAINER, plan.acceptedAt());
        return report;
    }

    private static ResultNode node(Roadmap roadmap, String title) {
        return roadmap.nodes().stream().filter(n -> n.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node '" + title + "' in " + roadmap));
    }

    private static Indicator indicator(Roadmap roadmap, String title) {
        return roadmap.nodes().stream().flatMap(n -> n.indicators().stream()).filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No indicator '" + title + "' in " + roadmap));
    }

    private static Period period(Indicator indicator, ReportPlan.Actual actual) {
        return indicator.periods().stream().filter(p -> p.dates().contains(actual.asOf())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No period of " + indicator + " holds " + actual.asOf()));
    }

    private String hashedDemoPassword() { return hasher.hash(DEMO_PASSWORD.toCharArray()); }

    private static void addUser(DemoDataSink sink, Loaded loaded, UserAccount user) {
        sink.add(user);
        loaded.users.add(user);
    }

    /** What one load created, counted at the end from the object graph itself. */
    private static final class Loaded {
        final List<Cohort> cohorts = new ArrayList<>();
        final List<Delegation> delegations = new ArrayList<>();
        final List<Session> sessions = new ArrayList<>();
        final List<Roadmap> roadmaps = new ArrayList<>();
        final List<ProgressReport> reports = new ArrayList<>();
        final List<AssistanceRequest> requests = new ArrayList<>();
        final List<MentoringNote> notes = new ArrayList<>();
        final List<UserAccount> users = new ArrayList<>();
        int programmes = 1;

        DemoSummary summary(int sponsors, int modules) {
            var nodes = roadmaps.stream().flatMap(r -> r.nodes().stream()).toList();
            var indicators = nodes.stream().flatMap(n -> n.indicators().stream()).toList();
            return new DemoSummary(programmes, sponsors, modules, cohorts.size(), delegations.size(),
                    delegations.stream().mapToInt(d -> d.participants().size()).sum(),
                    sessions.size(),
                    sessions.stream().mapToInt(s -> s.attendances().size()).sum(),
                    sessions.stream().mapToInt(s -> s.feedback().size()).sum(),
                    roadmaps.size(), nodes.size(), indicators.size(),
                    indicators.stream().flatMap(i -> i.periods().stream()).mapToInt(p -> p.measurements().size()).sum(),
                    reports.size(), requests.size(), notes.size(), users.size());
        }
    }
}
