namespace Footfall.Care.Directory;

/// <summary>A town from the gazetteer: its name, ISO 3166 country code, first-level admin code (a US state such as <c>CA</c>), position and population.</summary>
public sealed record Place(string Name, string Country, string Admin, GeoPoint Point, int Population)
{
    /// <summary>"Huntington Beach, CA, US".</summary>
    public string Label => string.IsNullOrEmpty(Admin) || Admin.All(char.IsDigit) ? $"{Name}, {Country}" : $"{Name}, {Admin}, {Country}";
}
