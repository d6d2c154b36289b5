package dev.strata.context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name (a variable, an option, a JSON key, a word before a value) says that its value is
 * a secret. Long words count anywhere in the name ({@code DBPASSWORD}); short ones only as a whole
 * part of it ({@code GITHUB_TOKEN}, {@code authToken}), so {@code --tokenizer}, {@code --author}
 * and {@code tokens_per_second} are not taken for secrets.
 */
public final class SecretNames {

    private static final List<String> ANYWHERE = List.of("password", "passwd", "passphrase", "secret", "credential",
            "apikey", "accesskey", "privatekey", "sessionkey", "signingkey", "authtoken", "accesstoken",
            "refreshtoken", "bearertoken");
    private static final Set<String> WHOLE_PART = Set.of("pass", "pwd", "pw", "token", "auth", "authorization",
            "signature", "creds", "cred", "bearer", "cookie", "otp", "totp", "pat", "sas");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SecretNames() {
    }

    public static boolean isSecret(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String lower = CAMEL.matcher(name).replaceAll("_").toLowerCase(Locale.ROOT);
        String[] parts = SEPARATORS.split(lower.replaceFirst("^[^a-z0-9]+", ""));
        StringBuilder joined = new StringBuilder();
        for (String p : parts) {
            if (WHOLE_PART.contains(p)) {
                return true;
            }
            joined.append(p);
        }
        String all = joined.toString();
        for (String w : ANYWHERE) {
            if (all.contains(w)) {
                return true;
            }
        }
        // "key" names a secret when it ends the name: --key, AWS_SECRET_ACCESS_KEY, ssh_key (not keyboard, key_count)
        return parts.length > 0 && parts[parts.length - 1].equals("key");
    }
}
