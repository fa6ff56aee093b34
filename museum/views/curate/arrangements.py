"""arrangements area of the workspace (in progress)."""
