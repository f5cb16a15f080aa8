package org.napacademy.interfaces.ui.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.napacademy.application.NewUser;
import org.napacademy.application.UserChanges;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * What the user form edits; the constraints mirror the REST requests. The delegation and the programmes are
 * kept by id and only sent for the roles that use them, so unticking DELEGATE also unlinks the delegation.
 */
public class UserBean {
    private Long id;
    private long version;
    @NotNull @Pattern(regexp = UserAccount.USERNAME_PATTERN) private String username = "";
    @NotBlank @Size(max = 200) private String displayName = "";
    private String password = "";
    @NotEmpty private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long delegation;
    private Set<Long> programmes = new HashSet<>();
    private boolean active = true;
    @Email @Size(max = UserAccount.EMAIL_MAX) private String email = "";

    /** An account being edited, as read from the service. */
    static UserBean of(UserAccount account) {
        var bean = new UserBean();
        bean.id = account.id();
        bean.version = account.version();
        bean.username = account.username();
        bean.displayName = account.displayName();
        bean.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        bean.delegation = account.delegation().map(d -> d.id()).orElse(null);
        bean.programmes = new HashSet<>(account.sponsoredProgrammes());
        bean.active = account.isActive();
        bean.email = account.email().orElse("");
        return bean;
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, password, Set.copyOf(roles), linkedDelegation(), linkedProgrammes(), givenEmail());
    }

    UserChanges toChanges() {
        return new UserChanges(displayName, Set.copyOf(roles), linkedDelegation(), linkedProgrammes(), active, givenEmail());
    }

    private Long linkedDelegation() { return roles.contains(Role.DELEGATE) ? delegation : null; }

    private Set<Long> linkedProgrammes() { return roles.contains(Role.SPONSOR) ? Set.copyOf(programmes) : Set.of(); }

    private String givenEmail() { return email == null || email.isBlank() ? null : email.trim(); }

    boolean isNew() { return id == null; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public Long getDelegation() { return delegation; }
    public void setDelegation(Long delegation) { this.delegation = delegation; }
    public Set<Long> getProgrammes() { return programmes; }
    public void setProgrammes(Set<Long> programmes) { this.programmes = programmes == null ? new HashSet<>() : new HashSet<>(programmes); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email; }
}
