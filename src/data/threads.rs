//! When work over a dataset's figures is split between two threads.

/// Datasets with this many figures or more have their figures checked, looked through for
/// fields still to do, and catalogued on two threads (below it, a thread costs more than it
/// saves).
pub const TWO_THREADS_FROM: usize = 20_000;
