namespace Footfall.Care;

/// <summary>The professions a Footfall practitioner can hold; the directory filters on them.</summary>
public enum Profession
{
    Physiotherapist = 1,
    Chiropractor = 2,
    AthleticTherapist = 3,
    Podiatrist = 4,
    SportsPhysician = 5,
}
