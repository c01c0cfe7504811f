"""`python -m teikit` runs the command-line interface."""
from teikit.cli import main

main()
