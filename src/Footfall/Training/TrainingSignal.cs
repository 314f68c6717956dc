namespace Footfall.Training;

/// <summary>
/// One training signal as shown to a runner or clinician: a value with its unit, where it sits against a
/// documented band, a plain-language caveat and the source of the formula. A signal describes training; it is
/// never an injury prediction (Impellizzeri et al., Sports Med 2020).
/// </summary>
/// <param name="Id">Stable id, e.g. "acwr_ewma" or "shoe_mileage:{shoe id}".</param>
/// <param name="Title">Short plain-language title.</param>
/// <param name="Value">The value; null when unavailable.</param>
/// <param name="Unit">Unit of <paramref name="Value"/> ("km", "%", "ratio", "spm", "% left", ...).</param>
/// <param name="Band">Where the value sits.</param>
/// <param name="Caveat">What the value can and cannot say, in plain language.</param>
/// <param name="Source">The formula's source.</param>
/// <param name="Minimum">The least data the signal needs before it places a value in a band, in plain words; null
/// when it needs nothing beyond a value.</param>
public sealed record TrainingSignal(
    string Id, string Title, double? Value, string Unit, SignalBand Band, string Caveat, string Source, string? Minimum = null);
