package org.napacademy.domain.model.reminder;

import java.time.LocalDate;
import org.napacademy.domain.model.shared.Repository;
import org.napacademy.domain.model.user.UserAccount;

/** The log of reminder digests mailed. */
public interface SentDigestRepository extends Repository<SentDigest> {

    /** True when the person's digest of {@code day} was already mailed. */
    boolean sentTo(UserAccount recipient, LocalDate day);

    /** Writes pending changes now, so a second digest of the same day fails inside the caller. */
    void flush();
}
