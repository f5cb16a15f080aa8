package org.napacademy.interfaces.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockInstantiator;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.UserService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/**
 * Karibu-Testing without a CDI container: the views are built by the test's factories (with test doubles of the
 * application services), every other class by Vaadin; the texts come from the platform's translations.
 */
public final class ViewTestSupport {
    private ViewTestSupport() {
    }

    /**
     * Starts a mocked Vaadin with every route of the UI; {@code views} builds the views that need services. The
     * frame shows the menu of the system actor (an administrator's) unless {@code views} builds a MainLayout.
     */
    public static void setUp(Locale locale, Map<Class<?>, Supplier<?>> views) {
        var withFrame = new HashMap<Class<?>, Supplier<?>>(views);
        withFrame.putIfAbsent(MainLayout.class, () -> new MainLayout(new AccessPolicy(() -> Actor.SYSTEM), new RoadmapService(), new UserService()));
        var routes = new Routes().autoDiscoverViews("org.napacademy.interfaces.ui");
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes, UI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
                var service = new MockService(this, configuration, UI::new) {
                    @Override
                    public Instantiator getInstantiator() {
                        return new ViewInstantiator(super.getInstantiator(), withFrame);
                    }
                };
                service.init();
                routes.register(service.getContext());
                return service;
            }
        });
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** Gives a test entity the id the database would have given it. */
    public static <T extends AbstractEntity> T withId(T entity, long id) {
        try {
            Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class ViewInstantiator extends MockInstantiator {
        private final Map<Class<?>, Supplier<?>> views;
        private final I18NProvider translations = new AcademyTranslations();

        ViewInstantiator(Instantiator delegate, Map<Class<?>, Supplier<?>> views) {
            super(delegate);
            this.views = views;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            var factory = views.get(type);
            return factory == null ? super.getOrCreate(type) : type.cast(factory.get());
        }

        @Override
        public I18NProvider getI18NProvider() {
            return translations;
        }
    }
}
