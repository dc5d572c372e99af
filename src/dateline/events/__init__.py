"""Event coding: PLOVER trigger lexicon, features, the trained classifier, training and evaluation."""
