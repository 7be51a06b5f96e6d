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
import vn.motcua.security.SecondFactorCredential;
import vn.motcua.security.SecondFactors;
import vn.motcua.security.UserAccount;

/**
 * Checks login names and passwords against MotCua's accounts; the groups are the roles. A login
 * name or client address blocked after too many failures is refused before its password is looked
 * at; every failure is counted ({@link LoginThrottle}). An account that must have a second factor
 * is refused until its code is shown too ({@link SecondFactors}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;
  @Inject private LoginThrottle throttle;
  @Inject private SecondFactors secondFactors;
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
    if (!secondFactorShown(account.get(), login, address)) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(login.getCaller());
    return new CredentialValidationResult(
        account.get().username(),
        account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }

  /**
   * Whether the account needs no second factor or the credential shows it. A right password without
   * the code is the login's first step, not a failure; a wrong code is a failure, counted like a
   * wrong password.
   */
  private boolean secondFactorShown(
      UserAccount account, UsernamePasswordCredential login, String address) {
    SecondFactors.Need need = secondFactors.needOf(account);
    if (need == SecondFactors.Need.NOTHING) {
      return true;
    }
    String code = login instanceof SecondFactorCredential given ? given.code() : null;
    String secret = login instanceof SecondFactorCredential given ? given.enrolmentSecret() : null;
    boolean shown =
        code != null
            && (need == SecondFactors.Need.CODE
                ? secondFactors.accept(account.username(), code)
                : secret != null && secondFactors.enrol(account.username(), secret, code));
    if (!shown) {
      request.setAttribute(SecondFactors.NEEDED, need);
      if (code != null && throttle.failed(login.getCaller(), address)) {
        request.setAttribute(LoginThrottle.REFUSED_AS_BLOCKED, true);
      }
    }
    return shown;
  }
}
