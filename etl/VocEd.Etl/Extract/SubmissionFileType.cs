namespace VocEd.Etl.Extract;

/// <summary>What a path is on disk (<see cref="SubmissionFiles.TypeOf"/>); only <see cref="Regular"/> files are read.</summary>
public enum SubmissionFileType
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
