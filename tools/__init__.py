"""The build's single-job tools, driven by build.py. Importable with the standard library alone: anything
that needs a third-party package imports it inside the function that runs in the venv."""
