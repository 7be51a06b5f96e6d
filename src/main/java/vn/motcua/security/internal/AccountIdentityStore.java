package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.security.AccountService;
import vn.motcua.security.LoginThrottle;
import vn.motcua.security.Role;
import vn.motcua.security.UserAccount;

/**
 * Checks login names and passwords against MotCua's accounts; the groups are the roles. A login
 * name or client address blocked after too many failures is refused before its password is looked
 * at; every failure is counted ({@link LoginThrottle}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;
  @Inject private LoginThrottle throttle;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = request.getRemoteAddr();
    if (throttle.blocked(login.getCaller(), address)) {
      request.setAttribute(LoginThrottle.REFUSED_AS_BLOCKED, true);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<UserAccount> account =
        accounts.authenticate(login.getCaller(), login.getPassword().getValue());
    if (account.isEmpty()) {
      if (throttle.failed(login.getCaller(), address)) {
        request.setAttribute(LoginThrottle.REFUSED_AS_BLOCKED, true);
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(login.getCaller());
    return new CredentialValidationResult(
        account.get().username(),
        account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
