namespace Footfall.Data.Entities;

/// <summary>What a member may do at a clinic. Nobody holds a role they were not given: a clinic's creator becomes its admin, a practitioner joins only by accepting an admin's invitation.</summary>
public enum ClinicRole
{
    /// <summary>Runs the clinic: details, hours, appointment types, invitations, members.</summary>
    Admin = 1,

    /// <summary>Sees their schedule, and the records runners share with them.</summary>
    Practitioner = 2,
}
