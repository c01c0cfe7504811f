"""Names vulture cannot see used (tests/test_dead_code.py): each is called by a protocol or
by name at run time, never directly in src/."""
from teikit.detect import Detector
from teikit.inputs import _Bounded

# io.RawIOBase's protocol: io.BufferedReader and the parsers call these on the stream
_Bounded.readable, _Bounded.seekable, _Bounded.tell, _Bounded.readinto
# the rule table's extension API (markdown-it-py's Ruler): a user's rule set changes it
Detector.disable, Detector.insert_before
