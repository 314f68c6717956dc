namespace Footfall.Data.Entities;

/// <summary>
/// One chunk of one uploaded file of an <see cref="ImportJob"/>, kept in the database so that whichever node
/// runs the job can read the upload. Deleted when the job ends.
/// </summary>
public class ImportJobFile
{
    /// <summary>Bytes per chunk: 4 MiB, small enough for any node to hold a few.</summary>
    public const int ChunkBytes = 4 * 1024 * 1024;

    public Guid JobId { get; set; }

    /// <summary>The file's position in the upload, from 0.</summary>
    public int FileIndex { get; set; }

    /// <summary>The chunk's position in the file, from 0.</summary>
    public int ChunkIndex { get; set; }

    /// <summary>The name the runner's file had (no folders).</summary>
    public required string Name { get; set; }

    public required byte[] Data { get; set; }
}
