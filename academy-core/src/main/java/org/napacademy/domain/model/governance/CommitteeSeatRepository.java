package org.napacademy.domain.model.governance;

import java.util.List;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Repository;

/** The seats of the programmes' executive committees. */
public interface CommitteeSeatRepository extends Repository<CommitteeSeat> {

    /** Every seat of the programme, past and present, in {@link CommitteeSeat#COMMITTEE_ORDER}. */
    List<CommitteeSeat> ofProgramme(Programme programme);

    /** The programme's presidencies whose terms share at least one day with {@code term}. */
    List<CommitteeSeat> presidenciesOverlapping(Programme programme, DateRange term);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
