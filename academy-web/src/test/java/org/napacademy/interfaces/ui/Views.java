package org.napacademy.interfaces.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.napacademy.interfaces.ui.cohorts.CohortDetailView;
import org.napacademy.interfaces.ui.cohorts.CohortListView;
import org.napacademy.interfaces.ui.sessions.SessionView;
import org.napacademy.interfaces.ui.verify.VerifyView;

/** The views of the cohorts and sessions areas and the public certificate verification, built over the services of a {@link TestAcademy}. */
public final class Views {
    private Views() {
    }

    public static void setUp(TestAcademy academy, Locale locale) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                CohortListView.class, () -> new CohortListView(academy.cohorts(), academy.countries(), academy.programmes(), academy.access()),
                CohortDetailView.class, () -> new CohortDetailView(academy.cohorts(), academy.programmes(), academy.countries(),
                        academy.delegations(), academy.curriculum(), academy.access(), academy.certificates()),
                SessionView.class, () -> new SessionView(academy.curriculum(), academy.countries(), academy.access()),
                VerifyView.class, () -> new VerifyView(academy.certificates()));
        ViewTestSupport.setUp(locale, views);
    }
}
