package org.napacademy.interfaces.ui.signin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.napacademy.application.UserService;
import org.napacademy.application.security.Authenticator;
import org.napacademy.infrastructure.security.SessionSignIn;

/** Where people sign in: username and password, checked by the same {@link Authenticator} as HTTP Basic. */
@Dependent
@Route("login")
public class LoginView extends VerticalLayout implements HasDynamicTitle {
    private final Authenticator authenticator;
    private final LoginForm form = new LoginForm();

    private final UserService users;

    @Inject
    public LoginView(Authenticator authenticator, UserService users) {
        this.authenticator = authenticator;
        this.users = users;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(texts("signin.error.wrong"));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        var intro = new Paragraph(getTranslation("signin.intro"));
        intro.getStyle().set("max-width", "26em").set("text-align", "center");
        add(new H1(getTranslation("app.title")), intro, form);
    }

    private void signIn(AbstractLogin.LoginEvent attempt) {
        var outcome = authenticator.signIn(attempt.getUsername(), attempt.getPassword().toCharArray());
        if (outcome instanceof Authenticator.Outcome.SignedIn signedIn) {
            var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
            request.changeSessionId();                      // no session fixation: a new id once signed in
            SessionSignIn.begin(request.getSession(), signedIn.actor());
            var session = VaadinSession.getCurrent();
            session.setAttribute(org.napacademy.application.security.Actor.class, signedIn.actor());
            // the language the person chose last time, on whatever browser they use now
            if (signedIn.actor().userId() != null)
                users.me().preferredLanguage().map(Locale::forLanguageTag).ifPresent(session::setLocale);
            var target = (String) session.getAttribute(SignInGuard.REQUESTED_LOCATION);
            session.setAttribute(SignInGuard.REQUESTED_LOCATION, null);
            UI.getCurrent().navigate(target == null || target.isBlank() ? "" : target);
            return;
        }
        form.setI18n(texts(outcome instanceof Authenticator.Outcome.Locked ? "signin.error.locked" : "signin.error.wrong"));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n texts(String errorKey) {
        var i18n = LoginI18n.createDefault();
        var fields = new LoginI18n.Form();
        fields.setTitle(getTranslation("signin.title"));
        fields.setUsername(getTranslation("signin.username"));
        fields.setPassword(getTranslation("signin.password"));
        fields.setSubmit(getTranslation("signin.submit"));
        fields.setForgotPassword("");
        i18n.setForm(fields);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override public String getPageTitle() { return getTranslation("signin.title") + " · " + getTranslation("app.title"); }
}
