package vn.motcua.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A login name and password with the second factor's code; while enrolling, also the secret the
 * person's authenticator app was just given.
 */
public class SecondFactorCredential extends UsernamePasswordCredential {

  private final String code;
  private final String enrolmentSecret;

  public SecondFactorCredential(
      String username, String password, String code, String enrolmentSecret) {
    super(username, password);
    this.code = code;
    this.enrolmentSecret = enrolmentSecret;
  }

  public String code() {
    return code;
  }

  /** The secret being enrolled, or null when the account has one already. */
  public String enrolmentSecret() {
    return enrolmentSecret;
  }
}
