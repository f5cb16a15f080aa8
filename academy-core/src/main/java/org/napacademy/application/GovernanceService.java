package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.governance.CommitteeSeatRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The executive committee of a programme run as a network (issue 8): read by whoever reads the programme, seats
 * elected, changed and removed by administrators and trainers. One president at a time is checked here, against
 * the programme's other presidencies.
 */
@ApplicationScoped
@Transactional
public class GovernanceService {

    static final String SEAT = "committee seat";

    @Inject CommitteeSeatRepository seats;
    @Inject ProgrammeRepository programmes;
    @Inject CohortRepository cohorts;
    @Inject CountryRepository countries;
    @Inject AccessPolicy access;
    @Inject Clock clock;

    /** The programme's committee, president first, then the vice-presidents by subregion, then the other seats. */
    public Committee committee(long programmeId) {
        var programme = readable(programmeId);
        return new Committee(programme, seats.ofProgramme(programme), LocalDate.now(clock));
    }

    /** The gatherings (cohorts) of the programme that may elect a seat, newest first. */
    public List<Cohort> gatherings(long programmeId) {
        return cohorts.ofProgramme(readable(programmeId));
    }

    /** Whether the actor may elect, change and remove seats (views hide what the service would refuse). */
    public boolean mayGovern() { return access.mayGovern(); }

    public CommitteeSeat elect(NewSeat command) {
        var programme = programmes.find(command.programmeId()).orElseThrow(() -> new EntityNotFound(ProgrammeService.PROGRAMME, command.programmeId()));
        access.requireGovernance(programme);
        var change = command.seat();
        var seat = new CommitteeSeat(programme, change.role(), change.subregion(), country(change.countryIso2()),
                term(change), gathering(change.electedAtCohortId()));
        seat.requireSolePresidency(seats.presidenciesOverlapping(programme, seat.term()));
        seats.add(seat);
        seats.flush();
        return seat;
    }

    /** Replaces what the seat is (role, subregion, country, term, electing gathering). */
    public CommitteeSeat change(long seatId, long expectedVersion, SeatChange change) {
        var seat = governable(seatId, expectedVersion);
        seat.reassign(change.role(), change.subregion(), country(change.countryIso2()));
        seat.recordElection(gathering(change.electedAtCohortId()), term(change));
        seat.requireSolePresidency(seats.presidenciesOverlapping(seat.programme(), seat.term()));
        seats.flush();
        return seat;
    }

    /** Removes a seat recorded by mistake; a past term stays as the committee's history. */
    public void remove(long seatId, long expectedVersion) {
        seats.remove(governable(seatId, expectedVersion));
        seats.flush();
    }

    private Programme readable(long programmeId) {
        var programme = programmes.find(programmeId).orElseThrow(() -> new EntityNotFound(ProgrammeService.PROGRAMME, programmeId));
        access.requireReadable(programme);
        return programme;
    }

    private CommitteeSeat governable(long seatId, long expectedVersion) {
        var seat = seats.find(seatId).orElseThrow(() -> new EntityNotFound(SEAT, seatId));
        access.requireGovernance(seat.programme());
        Versions.requireCurrent(seat, SEAT, expectedVersion);
        return seat;
    }

    /** A country or gathering the command names is part of the input: one that does not exist is bad input, not a missing resource. */
    private Country country(String iso2) {
        var code = iso2 == null ? "" : iso2.trim().toUpperCase(Locale.ROOT);
        return countries.find(code).orElseThrow(() -> new IllegalArgumentException("No country with the code " + iso2));
    }

    private Cohort gathering(long cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new IllegalArgumentException("No gathering (cohort) " + cohortId));
    }

    private static DateRange term(SeatChange change) {
        return new DateRange(change.termStart(), change.termEnd());
    }
}
