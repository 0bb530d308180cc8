"""The Qt user interface: staff/ (front desk), widgets/ (shared pieces). Only this layer imports widgets."""
