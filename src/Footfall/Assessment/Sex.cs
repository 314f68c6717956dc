namespace Footfall.Assessment;

/// <summary>Sex as the case format records it (<c>female</c> or <c>male</c>), used for priors.</summary>
public enum Sex
{
    Female,
    Male,
}
