"""`python -m museum` is the same as the `museum` command."""

from museum.cli import main

if __name__ == "__main__":
    main()
