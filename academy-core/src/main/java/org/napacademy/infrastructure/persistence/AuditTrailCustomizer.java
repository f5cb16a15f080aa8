package org.napacademy.infrastructure.persistence;

import java.time.Clock;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.napacademy.domain.model.shared.Audited;

/**
 * Registers the audit trail's listener on every {@link Audited} entity (persistence.xml property
 * {@code eclipselink.session.customizer}), so every service's changes are recorded, and every roadmap's revision
 * raised, without asking.
 */
public class AuditTrailCustomizer implements SessionCustomizer {

    @Override public void customize(Session session) {
        var listener = new AuditListener(new AuditWriter(Clock.systemUTC()), new RoadmapRevisions());
        session.getDescriptors().values().stream()
                .filter(descriptor -> Audited.class.isAssignableFrom(descriptor.getJavaClass()))
                .forEach(descriptor -> descriptor.getEventManager().addListener(listener));
    }
}
