package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.user.AccountRuleViolation;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/**
 * User administration, the administrator's alone: accounts, their roles, a delegate's delegation and a
 * sponsor's programmes. Every signed-in user may read their own account and change their own password.
 */
@ApplicationScoped
@Transactional
public class UserService {

    static final String USER = "user";
    public static final int MIN_PASSWORD_LENGTH = 10;

    /** The languages of the user interface. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    /** An academy has a few dozen delegations; every one of them is offered. */
    private static final int DELEGATIONS_OFFERED = 1000;

    @Inject UserAccountRepository users;
    @Inject DelegationRepository delegations;
    @Inject ProgrammeRepository programmes;
    @Inject PasswordHasher hasher;
    @Inject PasswordVerifier verifier;
    @Inject AccessPolicy access;

    /** By username; {@code role} and {@code text} (in the username or display name) narrow the list when given. */
    public List<UserAccount> page(Role role, String text, int offset, int limit) {
        access.requireAdministrator();
        var page = users.matching(role, text, offset, limit);
        page.forEach(UserService::loadDelegation);
        return page;
    }

    public long count(Role role, String text) {
        access.requireAdministrator();
        return users.countMatching(role, text);
    }

    public UserAccount user(long id) {
        access.requireAdministrator();
        return loadDelegation(account(id));
    }

    /** All in one transaction: a refused link or a taken username stores nothing. */
    public UserAccount create(NewUser command) {
        access.requireAdministrator();
        var username = command.username() == null ? null : command.username().trim();
        var account = new UserAccount(username, command.displayName(), hashOf(command.password()), rolesOf(command.roles()));
        users.byUsername(username).ifPresent(taken -> {
            throw new AccountRuleViolation("The username " + username + " is already taken");
        });
        if (command.delegationId() != null) account.joinDelegation(delegation(command.delegationId()));
        sponsor(account, command.programmeIds());
        account.changeEmail(command.email());
        users.add(account);
        Flushes.orRefuse(users::flush, () -> new AccountRuleViolation("The username " + username + " is already taken"));
        return loadDelegation(account);
    }

    /**
     * Replaces display name, roles, links and the active flag. Roles are granted first and revoked last, so an
     * account may move from one role to another in one change; an administrator keeps their own ADMIN role and
     * their own account active, so the platform never loses its last administrator by accident.
     */
    public UserAccount update(long id, long expectedVersion, UserChanges changes) {
        access.requireAdministrator();
        var account = account(id);
        Versions.requireCurrent(account, USER, expectedVersion);
        var roles = rolesOf(changes.roles());
        if (account.id().equals(access.actor().userId())) {
            if (!roles.contains(Role.ADMIN)) throw new AccountRuleViolation("You cannot remove your own ADMIN role");
            if (!changes.active()) throw new AccountRuleViolation("You cannot deactivate your own account");
        }
        account.rename(changes.displayName());
        account.changeEmail(changes.email());
        roles.forEach(account::grant);
        if (changes.delegationId() == null) account.leaveDelegation();
        else if (account.delegation().map(Delegation::id).filter(changes.delegationId()::equals).isEmpty())
            account.joinDelegation(delegation(changes.delegationId()));
        sponsor(account, changes.programmeIds());
        EnumSet.complementOf(EnumSet.copyOf(roles)).forEach(account::revoke);
        if (changes.active()) account.activate();
        else account.deactivate();
        users.flush();
        return loadDelegation(account);
    }

    /** The administrator sets a new password, e.g. for someone who forgot theirs. */
    public void resetPassword(long id, String newPassword) {
        access.requireAdministrator();
        account(id).changePasswordHash(hashOf(newPassword));
        users.flush();
    }

    /** The signed-in user's own account. */
    public UserAccount me() {
        access.requireSignedIn();
        var userId = access.actor().userId();
        if (userId == null) throw new AccountRuleViolation("The system has no account of its own");
        return loadDelegation(account(userId));
    }

    /** The signed-in user replaces their password, naming the current one so a session left open cannot. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = me();
        if (currentPassword == null || !verifier.matches(currentPassword.toCharArray(), account.passwordHash()))
            throw new AccountRuleViolation("The current password is not right");
        account.changePasswordHash(hashOf(newPassword));
        users.flush();
    }

    /** The signed-in user's language, kept for their next sign-in; one of {@link #LANGUAGES}. */
    public void rememberLanguage(String language) {
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException("The platform speaks " + String.join(", ", LANGUAGES) + ", not " + language);
        var account = me();
        if (account.preferredLanguage().filter(language::equals).isPresent()) return;
        account.preferLanguage(language);
        users.flush();
    }

    /** The signed-in user's own e-mail address, where reminders are mailed; blank removes it. */
    public UserAccount changeOwnEmail(String email) {
        var account = me();
        account.changeEmail(email);
        users.flush();
        return account;
    }

    /** The delegations a delegate may be linked to, by cohort, then country. */
    public List<DelegationChoice> delegationChoices() {
        access.requireAdministrator();
        return delegations.page(0, DELEGATIONS_OFFERED).stream().map(DelegationChoice::of)
                .sorted(Comparator.comparing(DelegationChoice::cohort).thenComparing(choice -> choice.country().en()))
                .toList();
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new EntityNotFound(USER, id));
    }

    private Delegation delegation(long id) {
        return delegations.find(id).orElseThrow(() -> new IllegalArgumentException("There is no delegation " + id));
    }

    /** Makes the account's sponsored programmes exactly {@code programmeIds}, each of which must exist. */
    private void sponsor(UserAccount account, Set<Long> programmeIds) {
        var wanted = programmeIds == null ? Set.<Long>of() : Set.copyOf(programmeIds);
        for (var programmeId : wanted) {
            if (programmes.find(programmeId).isEmpty()) throw new IllegalArgumentException("There is no programme " + programmeId);
        }
        account.sponsoredProgrammes().stream().filter(id -> !wanted.contains(id)).forEach(account::stopSponsoring);
        wanted.forEach(account::sponsorProgramme);
    }

    private static Set<Role> rolesOf(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) throw new IllegalArgumentException("A user needs at least one role");
        return EnumSet.copyOf(roles);
    }

    private String hashOf(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH)
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        return hasher.hash(password.toCharArray());
    }

    /** Views read the delegation's country and cohort after the transaction. */
    private static UserAccount loadDelegation(UserAccount account) {
        account.delegation().ifPresent(delegation -> {
            delegation.country().name();
            delegation.cohort().name();
        });
        return account;
    }
}
