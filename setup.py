"""Only what pyproject.toml cannot say: the top-level resources/ folder is
installed as the package `tumorboard_resources`, so importlib.resources finds
fonts, source texts and parameters from a checkout, a wheel and a frozen
bundle alike."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["tumorboard", "tumorboard.*", "ui", "ui.*"]) + ["tumorboard_resources"],
    package_dir={"tumorboard_resources": "resources"},
)
