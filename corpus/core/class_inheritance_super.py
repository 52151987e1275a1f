# Inheritance: overriding, super().__init__ and super().method(), methods calling overridden methods, class attributes shared through the class.
class Animal:
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def sound(self):
        return "..."

    def speak(self):
        return self.name + " says " + self.sound()

    def __str__(self):
        return type_name(self) + ":" + self.name

def type_name(a):
    if isinstance(a, Puppy):
        return "Puppy"
    if isinstance(a, Dog):
        return "Dog"
    return "Animal"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def sound(self):
        return "woof"

class Puppy(Dog):
    def sound(self):
        return super().sound() + "!"

    def speak(self):
        return "(small) " + super().speak()

pets = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
for a in pets:
    print(a.speak(), "|", str(a), isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Puppy))
print(Animal.count, pets[2].breed, pets[1].count)
