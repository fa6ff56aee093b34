"""labels area of the workspace (in progress)."""
