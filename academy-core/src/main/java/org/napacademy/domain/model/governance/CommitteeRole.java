package org.napacademy.domain.model.governance;

/** The seats of a network's executive committee, in the order the committee is listed. */
public enum CommitteeRole {
    PRESIDENT, VICE_PRESIDENT, SECRETARY, TREASURER, MEMBER;

    /** Vice-presidents represent a subregion; no other seat does. */
    public boolean representsSubregion() { return this == VICE_PRESIDENT; }
}
