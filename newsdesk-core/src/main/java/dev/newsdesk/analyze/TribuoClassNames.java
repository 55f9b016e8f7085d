package dev.newsdesk.analyze;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.TypeRegistry;
import com.oracle.labs.mlrg.olcut.config.protobuf.protos.OlcutProto;
import java.util.List;
import java.util.Map;
import org.tribuo.classification.protos.TribuoClassificationCore;
import org.tribuo.classification.sgd.protos.TribuoClassificationSgd;
import org.tribuo.math.protos.TribuoMath;
import org.tribuo.math.protos.TribuoMathImpl;
import org.tribuo.protos.core.TribuoCore;
import org.tribuo.protos.core.TribuoCoreImpl;

/**
 * Finds, in a Tribuo model's protobuf, a Java class name that is neither Tribuo's nor OLCUT's (the
 * configuration and provenance library Tribuo is built on). Tribuo's deserializer calls {@code
 * Class.forName} on every class name a model file holds and only then checks that the class is one
 * of its own types; this walk reads the same protobuf first, unpacking every nested {@code Any} by
 * the message types of Tribuo's and OLCUT's own proto files, and so stops a file from making the
 * JVM load a class of its choosing. Written by hand: Tribuo has no such check.
 */
final class TribuoClassNames {
  private static final List<String> TRUSTED = List.of("org.tribuo.", "com.oracle.labs.mlrg.olcut.");

  private static final TypeRegistry TYPES =
      TypeRegistry.newBuilder()
          .add(TribuoCore.getDescriptor().getMessageTypes())
          .add(TribuoCoreImpl.getDescriptor().getMessageTypes())
          .add(TribuoMath.getDescriptor().getMessageTypes())
          .add(TribuoMathImpl.getDescriptor().getMessageTypes())
          .add(TribuoClassificationCore.getDescriptor().getMessageTypes())
          .add(TribuoClassificationSgd.getDescriptor().getMessageTypes())
          .add(OlcutProto.getDescriptor().getMessageTypes())
          .build();

  private TribuoClassNames() {}

  /**
   * The first class name in {@code message} (fields named {@code class_name} or ending in {@code
   * _class_name}, at any depth) outside Tribuo and OLCUT, or a nested message of a type they do not
   * define, described; null when there is none.
   */
  static String firstForeign(Message message) throws InvalidProtocolBufferException {
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      FieldDescriptor descriptor = field.getKey();
      List<?> values =
          descriptor.isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
      for (Object value : values) {
        String foreign = foreign(descriptor, value);
        if (foreign != null) {
          return foreign;
        }
      }
    }
    return null;
  }

  private static String foreign(FieldDescriptor field, Object value)
      throws InvalidProtocolBufferException {
    if (value instanceof String name && field.getName().endsWith("class_name")) {
      return TRUSTED.stream().anyMatch(name::startsWith) ? null : name;
    }
    if (!(value instanceof Message nested)) {
      return null;
    }
    if (nested.getDescriptorForType().getFullName().equals(Any.getDescriptor().getFullName())) {
      Any any = nested instanceof Any a ? a : Any.parseFrom(nested.toByteString());
      Descriptor type = TYPES.getDescriptorForTypeUrl(any.getTypeUrl());
      if (type == null) {
        return "a part of unknown type " + any.getTypeUrl();
      }
      return firstForeign(DynamicMessage.parseFrom(type, any.getValue()));
    }
    return firstForeign(nested);
  }
}
