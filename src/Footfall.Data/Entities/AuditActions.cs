namespace Footfall.Data.Entities;

/// <summary>The <see cref="AuditEntry.Action"/> names, in one place so the list page can describe them.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInThrottled = "sign-in-throttled";
    public const string SignOut = "sign-out";
    public const string SessionsRevoked = "sessions-revoked";
    public const string Registered = "registered";
    public const string EmailConfirmed = "email-confirmed";
    public const string PasswordChanged = "password-changed";
    public const string PasswordResetRequested = "password-reset-requested";
    public const string PasswordReset = "password-reset";
    public const string TwoFactorEnabled = "2fa-enabled";
    public const string TwoFactorDisabled = "2fa-disabled";
    public const string RecoveryCodesRenewed = "recovery-codes-renewed";
    public const string TwoFactorFailed = "2fa-failed";
    public const string Export = "export";
    public const string DeleteAccount = "delete-account";
    public const string Read = "read";
    public const string RoleGranted = "role-granted";
    public const string RoleRevoked = "role-revoked";
    public const string PostHidden = "post-hidden";
    public const string PostRestored = "post-restored";
    public const string PostKept = "post-kept";

    /// <summary>Plain words for an action, for the runner's security activity page.</summary>
    public static string Describe(string action) => action switch
    {
        SignIn => "Signed in",
        SignInFailed => "Failed sign-in attempt",
        SignInThrottled => "Sign-in attempt refused: too many failures, waiting",
        SignOut => "Signed out",
        SessionsRevoked => "Signed out other sessions",
        Registered => "Account created",
        EmailConfirmed => "Email address confirmed",
        PasswordChanged => "Password changed",
        PasswordResetRequested => "Password reset requested",
        PasswordReset => "Password reset by email link",
        TwoFactorEnabled => "Two-factor sign-in turned on",
        TwoFactorDisabled => "Two-factor sign-in turned off",
        RecoveryCodesRenewed => "New recovery codes made",
        TwoFactorFailed => "Wrong two-factor code",
        Export => "Data exported",
        DeleteAccount => "Account deleted",
        Read => "Record read",
        RoleGranted => "Community role given",
        RoleRevoked => "Community role taken away",
        PostHidden => "A community post of yours was hidden by a moderator",
        PostRestored => "A community post of yours was restored by a moderator",
        PostKept => "A report on a community post of yours was dismissed",
        _ => action,
    };
}
