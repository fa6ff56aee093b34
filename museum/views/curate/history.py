"""history area of the workspace (in progress)."""
