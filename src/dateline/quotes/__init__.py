"""Quotes and attribution: finders, speaker naming and PolNeAR-style evaluation."""
