"""Whole widgets, one per screen or panel."""
