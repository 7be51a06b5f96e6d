package vn.motcua.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import vn.motcua.security.AccountService;
import vn.motcua.security.Role;

/** Checks login names and passwords against MotCua's accounts; the groups are the roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .authenticate(login.getCaller(), login.getPassword().getValue())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
