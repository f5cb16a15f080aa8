package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.TreeMap;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * The users tied to the programme: delegates of its delegations, sponsors of it, and everyone it names by
 * username (trainers of cohorts and sessions, mentors, who raised and answered requests). Never a password
 * hash, an API token or sign-in bookkeeping. The username is the key, as in the rest of the document.
 * <p>
 * A username the importing database already holds is left exactly as it is. Any other user is created
 * WITHOUT a password and inactive: an administrator sets a password and activates the account.
 */
final class UserKind implements TransferKind {
    static final String SECTION = "users";
    /** Never the output of the password hasher, so no password verifies against it; the account is inactive anyway. */
    static final String NO_PASSWORD = "imported-without-password";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        var users = new TreeMap<String, UserAccount>();
        out.query("select u from UserAccount u where u.delegation.cohort.programme = ?1", UserAccount.class)
                .forEach(u -> users.put(u.username(), u));
        out.select("select u from UserAccount u join u.sponsoredProgrammes p where p = ?1", UserAccount.class, out.programme().id())
                .forEach(u -> users.put(u.username(), u));
        var named = new HashSet<String>();
        out.query("select t from Cohort c join c.trainers t where c.programme = ?1", String.class).forEach(named::add);
        out.query("select t from Session s join s.trainers t where s.cohort.programme = ?1", String.class).forEach(named::add);
        out.query("select n.trainerUsername from MentoringNote n where n.delegation.cohort.programme = ?1", String.class).forEach(named::add);
        out.query("select r.raisedBy from AssistanceRequest r where r.delegation.cohort.programme = ?1", String.class).forEach(named::add);
        out.query("select r.answeredBy from AssistanceRequest r where r.delegation.cohort.programme = ?1 and r.answeredBy is not null", String.class)
                .forEach(named::add);
        named.removeAll(users.keySet());
        if (!named.isEmpty())
            out.select("select u from UserAccount u where u.username in ?1", UserAccount.class, named)
                    .forEach(u -> users.put(u.username(), u));
        out.array(SECTION, users.values().stream(), user -> {
            out.text("key", user.username());
            out.text("displayName", user.displayName());
            out.strings("roles", user.roles().stream().map(Enum::name).sorted().toList());
            user.delegation().filter(d -> d.cohort().programme().sameAs(out.programme())).ifPresent(d -> out.ref("delegation", d));
            out.bool("sponsorsProgramme", user.sponsoredProgrammes().contains(out.programme().id()));
            out.optionalText("preferredLanguage", user.preferredLanguage());
            out.optionalText("email", user.email());
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var username = Fields.key(element);
        var existing = in.em().createQuery("select count(u) from UserAccount u where u.username = ?1", Long.class)
                .setParameter(1, username).getSingleResult();
        if (existing > 0) {
            in.count("usersAlreadyPresent");
            return;
        }
        var roles = EnumSet.noneOf(Role.class);
        Fields.strings(element, "roles").forEach(role -> roles.add(Role.valueOf(role)));
        var user = new UserAccount(username, Fields.text(element, "displayName"), NO_PASSWORD, roles);
        user.deactivate();
        Fields.optionalText(element, "delegation").ifPresent(key -> user.joinDelegation(in.resolve(DelegationKind.SECTION, key, Delegation.class)));
        if (Fields.bool(element, "sponsorsProgramme")) user.sponsorProgramme(in.programme().id());
        Fields.optionalText(element, "preferredLanguage").ifPresent(user::preferLanguage);
        Fields.optionalText(element, "email").ifPresent(user::changeEmail);
        in.persist(user);
        in.count(SECTION);
    }
}
