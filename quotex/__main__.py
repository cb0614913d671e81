"""``python -m quotex``: the same as the ``quotex`` command."""
from .cli import main

if __name__ == "__main__":
    main()
